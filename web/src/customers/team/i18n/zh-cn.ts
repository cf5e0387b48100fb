/** The account team panel (C7.2), Simplified Chinese: the source locale. */
export const zhCnAccountTeam = {
  add: '添加成员',
  addTitle: '添加客户团队成员',
  member: '成员',
  memberPlaceholder: '输入用户名或姓名搜索',
  noCandidates: '没有可添加的人员',
  accessHelp: '只读：查看客户档案；可编辑：还可修改档案、联系人和各项记录',
  change: '修改',
  changeTitle: '修改「{{name}}」的团队角色或权限',
  remove: '移出',
  removeConfirm: '确定将「{{name}}」移出客户团队吗？其下一次操作起将不能再通过团队查看该客户。',
  added: '已加入客户团队',
  changed: '团队角色和权限已修改',
  removed: '已移出客户团队',
  disabled: '已停用',
  since: '{{date}} 加入',
  manageHint: '客户团队由销售总监，以及客户所属区域的区域经理和销售部秘书维护',
};
