/** 个人信息权利 (C7.7): the contact's export and erasure, the register page. */
export const zhCnPrivacy = {
  nav: '个人信息清单',
  export: '导出个人信息',
  exportHint: '下载此联系人的全部个人信息（JSON 文件）；导出会记入审计日志',
  exported: '已导出个人信息',
  erase: '删除个人信息',
  eraseTitle: '删除“{{name}}”的个人信息',
  eraseIntro: '依本人申请删除（个人信息保护法第四十七条）。此操作不可撤销。',
  eraseRemoves: '将被删除',
  eraseRemovesItems: {
    contact:
      '姓名（改为“已删除联系人 #编号”）、性别、生日、职务、部门、手机、电话、邮箱、地址、采购角色',
    keyPerson: '重要人士信息（家庭、住址、爱好、备注及其同意记录）',
    records: '拜访等记录中出现的姓名（改为同一占位名）',
  },
  eraseKeeps: '将保留',
  eraseKeepsItems: {
    entry: '联系人这一条目及其与拜访、项目的关联（内容已匿名）',
    audit:
      '审计日志：删除记录保存删除理由和每个字段的密钥哈希值，不含原值；旧的审计记录中此人的值一律显示为“[erased #哈希值]”',
  },
  eraseBackups: '删除前生成的备份仍含原值，按备份保留份数（PATRON_BACKUP_KEEP）自然淘汰。',
  reason: '删除理由',
  reasonHelp: '写明谁在何时提出申请（例如：本人 2026-06-01 书面申请），不要填写此人的个人信息。',
  reasonRequired: '请填写删除理由',
  confirmErase: '确认删除',
  cancel: '取消',
  erased: '个人信息已删除',
  register: {
    title: '个人信息清单',
    intro:
      'Patron 保存哪些个人信息、用途、处理依据和保存期限（个人信息保护法第十七条）。所有登录用户均可查看。',
    field: '字段',
    table: '数据表',
    dataClass: '类别',
    purpose: '用途',
    legalBasis: '处理依据',
    retention: '保存期限',
    consentRecord: '同意记录',
    loadFailed: '无法加载个人信息清单',
    rights: '个人权利',
    rightsText:
      '导出：客户的管理人员、所属区域经理和大客户管理委员会可在客户 360 页面的联系人中导出某人的全部信息。删除：依本人申请，由大客户管理委员会或销售总监执行（内部审计永不执行）；大客户经理负责转交申请。',
  },
  retention: {
    title: '本服务器的保存规则',
    terminatedContacts: '已终止合作客户的联系人',
    terminatedContactsValue: '客户终止合作且档案 {{years}} 年未变动后自动删除（匿名化）',
    loginIp: '登录审计中的 IP 地址',
    loginIpValue: '{{days}} 天后不再显示（法定最少 {{min}} 天）',
    off: '未启用',
    note: '由服务器设置 PATRON_RETENTION_TERMINATED_CONTACT_YEARS 和 PATRON_RETENTION_LOGIN_IP_DAYS 决定，每小时执行一次。',
  },
};
