import type { Locale } from '../i18n/locale.ts';

/**
 * C7.7 个人信息清单: every column in which Patron stores personal information, with its class,
 * purpose, lawful basis (PIPL art. 13) and retention. `personal-data-register.db.test.ts` reads
 * the live schema and fails when a column of `contacts` or `key_person_details` is neither here
 * nor in NOT_PERSONAL_COLUMNS, so a new column cannot slip in unclassified.
 */

export type Text3 = Record<Locale, string>;

/** PIPL: 一般个人信息, or 敏感个人信息 (art. 28) — here the key persons' private details. */
export type PersonalDataClass = 'basic' | 'sensitive';

/** PIPL art. 13 (1), (2), (3) and (6). Patron uses no other basis. */
export type LegalBasis = 'consent' | 'contract_hr' | 'legal_duty' | 'public_source';

export type PersonalDataEntry = {
  table: string;
  /** A column, or for a sealed column the fields inside its ciphertext (`sealed.family`). */
  column: string;
  field: Text3;
  dataClass: PersonalDataClass;
  purpose: Text3;
  legalBasis: LegalBasis;
  retention: Text3;
  /** The setting that enforces the retention, if one does (docs/privacy.md, "Retention"). */
  retentionSetting?: string;
  /** Where the person's consent is recorded, when the basis is consent per row. */
  consentRecord?: string;
};

export const DATA_CLASS_LABELS: Record<PersonalDataClass, Text3> = {
  basic: { 'zh-CN': '一般个人信息', 'zh-TW': '一般個人資訊', en: 'Personal information' },
  sensitive: {
    'zh-CN': '敏感个人信息',
    'zh-TW': '敏感個人資訊',
    en: 'Sensitive personal information',
  },
};

export const LEGAL_BASIS_LABELS: Record<LegalBasis, Text3> = {
  consent: {
    'zh-CN': '取得个人同意（第十三条第一款第一项）',
    'zh-TW': '取得個人同意（第十三條第一款第一項）',
    en: 'Consent of the person (PIPL art. 13(1)(1))',
  },
  contract_hr: {
    'zh-CN': '人力资源管理所必需（第十三条第一款第二项）',
    'zh-TW': '人力資源管理所必需（第十三條第一款第二項）',
    en: 'Necessary for human-resources management (art. 13(1)(2))',
  },
  legal_duty: {
    'zh-CN': '履行法定义务所必需（第十三条第一款第三项；网络安全法第二十一条）',
    'zh-TW': '履行法定義務所必需（第十三條第一款第三項；網路安全法第二十一條）',
    en: 'Necessary for a legal obligation (art. 13(1)(3); Cybersecurity Law art. 21)',
  },
  public_source: {
    'zh-CN': '合理范围内处理已公开的信息（第十三条第一款第六项）',
    'zh-TW': '合理範圍內處理已公開的資訊（第十三條第一款第六項）',
    en: 'Information already made public, within reason (art. 13(1)(6))',
  },
};

const CONTACT_PURPOSE: Text3 = {
  'zh-CN': '与客户单位开展业务往来：联系、拜访、报价、合同与服务',
  'zh-TW': '與客戶單位開展業務往來：聯繫、拜訪、報價、合約與服務',
  en: 'Doing business with the customer: contact, visits, quotes, contracts and service',
};
const CONTACT_RETENTION: Text3 = {
  'zh-CN': '至依申请删除；客户终止合作满设定年限后自动匿名化',
  'zh-TW': '至依申請刪除；客戶終止合作滿設定年限後自動匿名化',
  en: 'Until erased on request; anonymised once the customer has been terminated for the set years',
};
const KEY_PERSON_PURPOSE: Text3 = {
  'zh-CN': '大客户关系维护（附件3 相关重要人士档案）；每人的具体目的另行记录',
  'zh-TW': '大客戶關係維護（附件3 相關重要人士檔案）；每人的具體目的另行記錄',
  en: 'Key-account relationship care (annex 3, related persons); each person’s own purpose is recorded',
};
const KEY_PERSON_RETENTION: Text3 = {
  'zh-CN': '至撤回同意、取消重要人士标记、删除联系人或依申请删除',
  'zh-TW': '至撤回同意、取消重要人士標記、刪除聯絡人或依申請刪除',
  en: 'Until consent is withdrawn, the key-person flag is cleared, the contact is deleted or erased',
};

const contact = (column: string, field: Text3): PersonalDataEntry => ({
  table: 'contacts',
  column,
  field,
  dataClass: 'basic',
  purpose: CONTACT_PURPOSE,
  legalBasis: 'consent',
  retention: CONTACT_RETENTION,
  retentionSetting: 'PATRON_RETENTION_TERMINATED_CONTACT_YEARS',
});

const privateDetail = (field: string, label: Text3): PersonalDataEntry => ({
  table: 'key_person_details',
  column: `sealed.${field}`,
  field: label,
  dataClass: 'sensitive',
  purpose: KEY_PERSON_PURPOSE,
  legalBasis: 'consent',
  retention: KEY_PERSON_RETENTION,
  consentRecord: 'key_person_details.purpose / consent_basis / consent_at',
});

const consentRecord = (column: string, label: Text3): PersonalDataEntry => ({
  table: 'key_person_details',
  column,
  field: label,
  dataClass: 'basic',
  purpose: {
    'zh-CN': '证明处理的目的与依据（个人信息保护法第十四条、第二十九条）',
    'zh-TW': '證明處理的目的與依據（個人資訊保護法第十四條、第二十九條）',
    en: 'Evidence of the purpose and basis of processing (PIPL art. 14 and 29)',
  },
  legalBasis: 'legal_duty',
  retention: KEY_PERSON_RETENTION,
});

const AUDIT_RETENTION: Text3 = {
  'zh-CN': '长期保存（只追加、哈希链）；已删除人员的值在读取时屏蔽',
  'zh-TW': '長期保存（只追加、雜湊鏈）；已刪除人員的值在讀取時遮蔽',
  en: 'Kept (append-only, hash-chained); an erased person’s values are masked on every read',
};

export const PERSONAL_DATA_REGISTER: readonly PersonalDataEntry[] = [
  contact('name', { 'zh-CN': '姓名', 'zh-TW': '姓名', en: 'Name' }),
  contact('gender', { 'zh-CN': '性别', 'zh-TW': '性別', en: 'Gender' }),
  contact('birthday', { 'zh-CN': '生日', 'zh-TW': '生日', en: 'Birthday' }),
  contact('title', { 'zh-CN': '职务', 'zh-TW': '職務', en: 'Position' }),
  contact('department', { 'zh-CN': '部门', 'zh-TW': '部門', en: 'Department' }),
  contact('mobile', { 'zh-CN': '手机', 'zh-TW': '手機', en: 'Mobile' }),
  contact('phone', { 'zh-CN': '电话', 'zh-TW': '電話', en: 'Phone' }),
  contact('email', { 'zh-CN': '电子邮箱', 'zh-TW': '電子郵件', en: 'Email' }),
  contact('address', { 'zh-CN': '地址', 'zh-TW': '地址', en: 'Address' }),
  contact('buying_role', { 'zh-CN': '采购角色', 'zh-TW': '採購角色', en: 'Buying role' }),
  contact('is_key_person', {
    'zh-CN': '重要人士标记',
    'zh-TW': '重要人士標記',
    en: 'Key-person flag',
  }),
  privateDetail('family', { 'zh-CN': '家庭情况', 'zh-TW': '家庭狀況', en: 'Family' }),
  privateDetail('homeAddress', { 'zh-CN': '家庭住址', 'zh-TW': '住家地址', en: 'Home address' }),
  privateDetail('hobbies', { 'zh-CN': '兴趣爱好', 'zh-TW': '興趣嗜好', en: 'Hobbies' }),
  privateDetail('notes', { 'zh-CN': '备注', 'zh-TW': '備註', en: 'Notes' }),
  consentRecord('purpose', {
    'zh-CN': '处理目的',
    'zh-TW': '處理目的',
    en: 'Purpose of processing',
  }),
  consentRecord('consent_basis', { 'zh-CN': '同意方式', 'zh-TW': '同意方式', en: 'Consent basis' }),
  consentRecord('consent_at', { 'zh-CN': '同意日期', 'zh-TW': '同意日期', en: 'Consent date' }),
  {
    table: 'customer_records',
    column: 'participants',
    field: { 'zh-CN': '参与人员', 'zh-TW': '參與人員', en: 'Participants' },
    dataClass: 'basic',
    purpose: {
      'zh-CN': '记录拜访、会谈与投诉处理的参与者',
      'zh-TW': '記錄拜訪、會談與投訴處理的參與者',
      en: 'Who took part in a visit, meeting or complaint handling',
    },
    legalBasis: 'consent',
    retention: {
      'zh-CN': '随客户档案保存；提及被删除人员的记录在导出中列出，由客户经理改写',
      'zh-TW': '隨客戶檔案保存；提及被刪除人員的記錄在匯出中列出，由客戶經理改寫',
      en: 'Kept with the file; records naming an erased person are listed in their export for the team to edit',
    },
  },
  ...(['username', 'display_name', 'email'] as const).map((column): PersonalDataEntry => ({
    table: 'users',
    column,
    field: {
      username: { 'zh-CN': '用户名', 'zh-TW': '使用者名稱', en: 'Username' },
      display_name: { 'zh-CN': '员工姓名', 'zh-TW': '員工姓名', en: 'Employee name' },
      email: { 'zh-CN': '员工邮箱', 'zh-TW': '員工郵件', en: 'Employee email' },
    }[column],
    dataClass: 'basic',
    purpose: {
      'zh-CN': '员工账号、权限与操作留痕',
      'zh-TW': '員工帳號、權限與操作留痕',
      en: 'Staff accounts, permissions and accountability',
    },
    legalBasis: 'contract_hr',
    retention: {
      'zh-CN': '在职期间；离职后停用账号，姓名随审计日志保存',
      'zh-TW': '在職期間；離職後停用帳號，姓名隨稽核日誌保存',
      en: 'While employed; the account is disabled on leaving, the name stays in the audit log',
    },
  })),
  {
    table: 'sessions',
    column: 'ip / user_agent',
    field: {
      'zh-CN': '登录地址与浏览器',
      'zh-TW': '登入位址與瀏覽器',
      en: 'Sign-in address and browser',
    },
    dataClass: 'basic',
    purpose: {
      'zh-CN': '会话安全',
      'zh-TW': '工作階段安全',
      en: 'Session security',
    },
    legalBasis: 'contract_hr',
    retention: {
      'zh-CN': '会话结束即删除（闲置 8 小时）',
      'zh-TW': '工作階段結束即刪除（閒置 8 小時）',
      en: 'Deleted when the session ends (8 idle hours)',
    },
  },
  {
    table: 'audit_log',
    column: 'ip',
    field: {
      'zh-CN': '操作与登录 IP 地址',
      'zh-TW': '操作與登入 IP 位址',
      en: 'IP address of acts and sign-ins',
    },
    dataClass: 'basic',
    purpose: {
      'zh-CN': '安全审计与追责',
      'zh-TW': '安全稽核與追責',
      en: 'Security audit and accountability',
    },
    legalBasis: 'legal_duty',
    retention: {
      'zh-CN': '登录记录的 IP 满设定天数（不少于 180 天）后不再显示',
      'zh-TW': '登入記錄的 IP 滿設定天數（不少於 180 天）後不再顯示',
      en: 'Sign-in addresses are no longer shown after the set days (at least 180)',
    },
    retentionSetting: 'PATRON_RETENTION_LOGIN_IP_DAYS',
  },
  {
    table: 'audit_log',
    column: 'actor_name / before / after',
    field: {
      'zh-CN': '操作人及变更前后的值（含联系人字段）',
      'zh-TW': '操作人及變更前後的值（含聯絡人欄位）',
      en: 'Who acted, and values before/after (contact fields included)',
    },
    dataClass: 'basic',
    purpose: {
      'zh-CN': '变更留痕（C7.5）',
      'zh-TW': '變更留痕（C7.5）',
      en: 'Change history (C7.5)',
    },
    legalBasis: 'legal_duty',
    retention: AUDIT_RETENTION,
  },
  {
    table: 'confidentiality_acceptances',
    column: 'ip',
    field: {
      'zh-CN': '签署保密协议的 IP',
      'zh-TW': '簽署保密協議的 IP',
      en: 'Address of an NDA acceptance',
    },
    dataClass: 'basic',
    purpose: {
      'zh-CN': '证明员工已签署保密协议',
      'zh-TW': '證明員工已簽署保密協議',
      en: 'Evidence that the employee accepted the confidentiality agreement',
    },
    legalBasis: 'contract_hr',
    retention: {
      'zh-CN': '随员工账号保存',
      'zh-TW': '隨員工帳號保存',
      en: 'Kept with the staff account',
    },
  },
];

/**
 * Columns of the guarded tables that hold no personal information: keys and bookkeeping. The
 * ciphertext `sealed` is covered by its `sealed.*` entries; `key_id` names a key, not a person.
 */
export const NOT_PERSONAL_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  contacts: ['id', 'customer_id', 'version', 'created_at', 'updated_at'],
  key_person_details: [
    'id',
    'customer_id',
    'contact_id',
    'key_id',
    'sealed',
    'version',
    'created_at',
    'updated_at',
    'created_by',
  ],
};

/** The tables whose every column the register test checks against the live schema. */
export const GUARDED_TABLES = ['contacts', 'key_person_details'] as const;
