import type { Locale, Localised } from './locale.ts';

/**
 * What each audit action means, in the reader's language, for the audit screen (C7.5), its
 * export and the customer's 操作记录 tab. Keyed by the action exactly as the use cases write it;
 * `src/app/audit/audit-action-labels.test.ts` fails when the code writes an action missing here.
 * An unknown action is shown as stored, so a new one is never hidden, only unlabelled.
 */
export const AUDIT_ACTION_LABELS: Record<string, Localised> = {
  // Sign-in (C7.6). A failed attempt is recorded as `system:login:<name typed>`.
  'auth.login': { 'zh-CN': '登录', 'zh-TW': '登入', en: 'Signed in' },
  'auth.login_failed': { 'zh-CN': '登录失败', 'zh-TW': '登入失敗', en: 'Failed sign-in' },
  'auth.locked': { 'zh-CN': '账号锁定', 'zh-TW': '帳號鎖定', en: 'Account locked' },
  'auth.logout': { 'zh-CN': '退出登录', 'zh-TW': '登出', en: 'Signed out' },
  'auth.agreement_accept': {
    'zh-CN': '接受保密协议',
    'zh-TW': '接受保密協議',
    en: 'Accepted the confidentiality agreement',
  },
  // The TOTP second factor and passwords (C7.6, ASVS L2).
  'auth.totp_enrolment_started': {
    'zh-CN': '开始绑定身份验证器',
    'zh-TW': '開始綁定驗證器',
    en: 'Started setting up an authenticator',
  },
  'auth.totp_enrolled': {
    'zh-CN': '启用两步验证',
    'zh-TW': '啟用兩步驟驗證',
    en: 'Two-step verification set up',
  },
  'auth.totp_verified': { 'zh-CN': '两步验证通过', 'zh-TW': '兩步驟驗證通過', en: 'Code accepted' },
  'auth.totp_failed': {
    'zh-CN': '两步验证失败',
    'zh-TW': '兩步驟驗證失敗',
    en: 'Wrong verification code',
  },
  'auth.recovery_code_used': {
    'zh-CN': '使用恢复码登录',
    'zh-TW': '使用復原碼登入',
    en: 'Signed in with a recovery code',
  },
  'auth.totp_reset': {
    'zh-CN': '重置两步验证',
    'zh-TW': '重設兩步驟驗證',
    en: 'Two-step verification reset',
  },
  'auth.password_change': { 'zh-CN': '修改密码', 'zh-TW': '變更密碼', en: 'Password changed' },
  // Users and their roles: the permission changes of C7.5.
  'user.create': { 'zh-CN': '新建用户', 'zh-TW': '新增使用者', en: 'User created' },
  'user.disable': { 'zh-CN': '停用用户', 'zh-TW': '停用使用者', en: 'User disabled' },
  'user.password_reset': {
    'zh-CN': '重设用户密码',
    'zh-TW': '重設使用者密碼',
    en: 'Password reset',
  },
  // Account teams (C7.2): who works on a customer, and whether they may edit it.
  'team.member_added': {
    'zh-CN': '加入客户团队',
    'zh-TW': '加入客戶團隊',
    en: 'Added to the account team',
  },
  'team.member_changed': {
    'zh-CN': '修改团队角色或权限',
    'zh-TW': '修改團隊角色或權限',
    en: 'Team role or access changed',
  },
  'team.member_removed': {
    'zh-CN': '移出客户团队',
    'zh-TW': '移出客戶團隊',
    en: 'Removed from the account team',
  },
  // Customer files (C1).
  'customer.create': { 'zh-CN': '新建客户', 'zh-TW': '新增客戶', en: 'Customer created' },
  'customer.update': { 'zh-CN': '修改客户资料', 'zh-TW': '修改客戶資料', en: 'Customer changed' },
  'customer.review': { 'zh-CN': '标记为已复核', 'zh-TW': '標記為已複核', en: 'Marked reviewed' },
  'customer.merge': { 'zh-CN': '合并重复客户', 'zh-TW': '合併重複客戶', en: 'Duplicates merged' },
  'customer.merged_into': {
    'zh-CN': '已合并到其他客户',
    'zh-TW': '已合併到其他客戶',
    en: 'Merged into another customer',
  },
  'customer.unmerge': { 'zh-CN': '撤销合并', 'zh-TW': '撤銷合併', en: 'Merge undone' },
  'customer.unmerged': {
    'zh-CN': '撤销合并，恢复为独立客户',
    'zh-TW': '撤銷合併，恢復為獨立客戶',
    en: 'Restored by an undone merge',
  },
  'customer.group_parent': {
    'zh-CN': '设置所属集团',
    'zh-TW': '設定所屬集團',
    en: 'Group parent set',
  },
  'data_quality.recompute': {
    'zh-CN': '重新计算资料完整度',
    'zh-TW': '重新計算資料完整度',
    en: 'Completeness recomputed',
  },
  // Contacts and key persons (C1.3, C1.4): a key person's read is a sensitive read.
  'contact.create': { 'zh-CN': '新增联系人', 'zh-TW': '新增聯絡人', en: 'Contact added' },
  'contact.update': { 'zh-CN': '修改联系人', 'zh-TW': '修改聯絡人', en: 'Contact changed' },
  'contact.delete': { 'zh-CN': '删除联系人', 'zh-TW': '刪除聯絡人', en: 'Contact deleted' },
  'key_person.create': {
    'zh-CN': '录入重要人士信息',
    'zh-TW': '錄入重要人士資訊',
    en: 'Key-person details entered',
  },
  'key_person.update': {
    'zh-CN': '修改重要人士信息',
    'zh-TW': '修改重要人士資訊',
    en: 'Key-person details changed',
  },
  'key_person.delete': {
    'zh-CN': '删除重要人士信息',
    'zh-TW': '刪除重要人士資訊',
    en: 'Key-person details deleted',
  },
  'key_person.read': {
    'zh-CN': '查看重要人士信息',
    'zh-TW': '檢視重要人士資訊',
    en: 'Key-person details read',
  },
  'key_person.reseal': {
    'zh-CN': '重新加密重要人士信息',
    'zh-TW': '重新加密重要人士資訊',
    en: 'Key-person details re-encrypted',
  },
  'auth.totp_reseal': {
    'zh-CN': '重新加密动态验证码密钥',
    'zh-TW': '重新加密動態驗證碼金鑰',
    en: 'Authenticator secrets re-encrypted',
  },
  // Personal-information rights (C7.7).
  'privacy.export': {
    'zh-CN': '导出个人信息',
    'zh-TW': '匯出個人資訊',
    en: 'Personal data exported',
  },
  'privacy.erase': {
    'zh-CN': '删除个人信息',
    'zh-TW': '刪除個人資訊',
    en: 'Personal data erased',
  },
  // Records around a customer (C1.5–C1.9).
  'transaction.create': { 'zh-CN': '录入交易', 'zh-TW': '錄入交易', en: 'Purchase entered' },
  'transaction.update': { 'zh-CN': '修改交易', 'zh-TW': '修改交易', en: 'Purchase changed' },
  'transaction.import': { 'zh-CN': '导入交易', 'zh-TW': '匯入交易', en: 'Purchases imported' },
  'payment.create': { 'zh-CN': '新增发票', 'zh-TW': '新增發票', en: 'Invoice added' },
  'payment.update': { 'zh-CN': '修改发票', 'zh-TW': '修改發票', en: 'Invoice changed' },
  'payment.import': { 'zh-CN': '导入发票', 'zh-TW': '匯入發票', en: 'Invoices imported' },
  'credit.create': { 'zh-CN': '填写信用档案', 'zh-TW': '填寫信用檔案', en: 'Credit file entered' },
  'credit.update': { 'zh-CN': '修改信用档案', 'zh-TW': '修改信用檔案', en: 'Credit file changed' },
  'need.create': { 'zh-CN': '新增需求', 'zh-TW': '新增需求', en: 'Need added' },
  'need.update': { 'zh-CN': '修改需求', 'zh-TW': '修改需求', en: 'Need changed' },
  'project.create': { 'zh-CN': '新增项目', 'zh-TW': '新增專案', en: 'Project added' },
  'project.update': { 'zh-CN': '修改项目', 'zh-TW': '修改專案', en: 'Project changed' },
  'record.create': { 'zh-CN': '新增记录', 'zh-TW': '新增紀錄', en: 'Record added' },
  'record.update': { 'zh-CN': '修改记录', 'zh-TW': '修改紀錄', en: 'Record changed' },
  'import.commit': { 'zh-CN': '导入数据', 'zh-TW': '匯入資料', en: 'Import committed' },
  // Exports (C1.12): every one is audited.
  'export.customers': {
    'zh-CN': '导出客户列表',
    'zh-TW': '匯出客戶列表',
    en: 'Customers exported',
  },
  'export.contacts': { 'zh-CN': '导出联系人', 'zh-TW': '匯出聯絡人', en: 'Contacts exported' },
  'export.transactions': {
    'zh-CN': '导出交易记录',
    'zh-TW': '匯出交易紀錄',
    en: 'Purchases exported',
  },
  'export.payments': { 'zh-CN': '导出发票回款', 'zh-TW': '匯出發票收款', en: 'Invoices exported' },
  'export.needs': { 'zh-CN': '导出需求信息', 'zh-TW': '匯出需求資訊', en: 'Needs exported' },
  'export.projects': { 'zh-CN': '导出项目合作', 'zh-TW': '匯出專案合作', en: 'Projects exported' },
  'export.timeline': { 'zh-CN': '导出重要记录', 'zh-TW': '匯出重要紀錄', en: 'Timeline exported' },
  // Scoring and tier decisions (C2).
  'scoring.model.create': {
    'zh-CN': '新建评分模型版本',
    'zh-TW': '新增評分模型版本',
    en: 'Model version drafted',
  },
  'scoring.model.update': {
    'zh-CN': '修改评分模型草稿',
    'zh-TW': '修改評分模型草稿',
    en: 'Model draft changed',
  },
  'scoring.model.delete': {
    'zh-CN': '删除评分模型草稿',
    'zh-TW': '刪除評分模型草稿',
    en: 'Model draft deleted',
  },
  'scoring.model.adopt': {
    'zh-CN': '启用评分模型',
    'zh-TW': '啟用評分模型',
    en: 'Model version adopted',
  },
  'scoring.rating.create': { 'zh-CN': '指标评分', 'zh-TW': '指標評分', en: 'Indicator rated' },
  'scoring.run.create': { 'zh-CN': '新建评估', 'zh-TW': '新增評估', en: 'Evaluation run created' },
  'scoring.run.compute': {
    'zh-CN': '计算评估',
    'zh-TW': '計算評估',
    en: 'Evaluation run computed',
  },
  'scoring.run.start_review': {
    'zh-CN': '提交审议',
    'zh-TW': '提交審議',
    en: 'Run put under review',
  },
  'scoring.run.publish': { 'zh-CN': '公示评估结果', 'zh-TW': '公示評估結果', en: 'Run published' },
  'scoring.run.finalise': { 'zh-CN': '确定等级', 'zh-TW': '確定等級', en: 'Run finalised' },
  'scoring.override.propose': {
    'zh-CN': '提出人工调整',
    'zh-TW': '提出人工調整',
    en: 'Override proposed',
  },
  'scoring.override.approve': {
    'zh-CN': '批准人工调整',
    'zh-TW': '核准人工調整',
    en: 'Override approved',
  },
  'scoring.override.reject': {
    'zh-CN': '驳回人工调整',
    'zh-TW': '駁回人工調整',
    en: 'Override rejected',
  },
  'scoring.override.withdraw': {
    'zh-CN': '撤回人工调整',
    'zh-TW': '撤回人工調整',
    en: 'Override withdrawn',
  },
  'scoring.override.supersede': {
    'zh-CN': '人工调整被取代',
    'zh-TW': '人工調整被取代',
    en: 'Override superseded',
  },
  'scoring.appeal.file': { 'zh-CN': '提出申诉', 'zh-TW': '提出申訴', en: 'Appeal filed' },
  'scoring.appeal.attach': {
    'zh-CN': '上传申诉附件',
    'zh-TW': '上傳申訴附件',
    en: 'Evidence added',
  },
  'scoring.appeal.attachment_read': {
    'zh-CN': '查看申诉附件',
    'zh-TW': '檢視申訴附件',
    en: 'Evidence opened',
  },
  'scoring.appeal.assign': {
    'zh-CN': '指派申诉调查人',
    'zh-TW': '指派申訴調查人',
    en: 'Investigator assigned',
  },
  'scoring.appeal.answer': { 'zh-CN': '答复申诉', 'zh-TW': '答覆申訴', en: 'Appeal answered' },
  // Backups (C7.8).
  'backup.create': { 'zh-CN': '创建备份', 'zh-TW': '建立備份', en: 'Backup made' },
  'backup.restore': { 'zh-CN': '从备份恢复', 'zh-TW': '從備份還原', en: 'Backup restored' },
  // Looking at the log is itself logged: who watched whom.
  'audit.read': { 'zh-CN': '查看审计日志', 'zh-TW': '檢視稽核日誌', en: 'Audit log read' },
  'audit.export': { 'zh-CN': '导出审计日志', 'zh-TW': '匯出稽核日誌', en: 'Audit log exported' },
};

/**
 * Families of actions, for filtering by prefix (`scoring.` finds every scoring step). The
 * screen offers these next to the single actions.
 */
export const AUDIT_ACTION_GROUPS: Record<string, Localised> = {
  'auth.': { 'zh-CN': '登录与退出', 'zh-TW': '登入與登出', en: 'Sign-in' },
  'user.': { 'zh-CN': '用户与权限', 'zh-TW': '使用者與權限', en: 'Users and roles' },
  'team.': { 'zh-CN': '客户团队', 'zh-TW': '客戶團隊', en: 'Account teams' },
  'customer.': { 'zh-CN': '客户档案', 'zh-TW': '客戶檔案', en: 'Customer files' },
  'contact.': { 'zh-CN': '联系人', 'zh-TW': '聯絡人', en: 'Contacts' },
  'key_person.': { 'zh-CN': '重要人士信息', 'zh-TW': '重要人士資訊', en: 'Key-person details' },
  'privacy.': { 'zh-CN': '个人信息权利', 'zh-TW': '個人資訊權利', en: 'Personal-data rights' },
  'export.': { 'zh-CN': '数据导出', 'zh-TW': '資料匯出', en: 'Exports' },
  'scoring.': { 'zh-CN': '评分与定级', 'zh-TW': '評分與定級', en: 'Scoring and tiers' },
  'audit.': { 'zh-CN': '审计日志的查阅', 'zh-TW': '稽核日誌的查閱', en: 'Audit log access' },
};

/** The action's label in `locale`; an action without one is shown as stored. */
export function auditActionLabel(action: string, locale: Locale): string {
  return (AUDIT_ACTION_LABELS[action] ?? AUDIT_ACTION_GROUPS[action])?.[locale] ?? action;
}
