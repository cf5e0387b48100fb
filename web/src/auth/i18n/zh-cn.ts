/** The sign-in's second step (两步验证) and the forced set-up of an authenticator. */
export const zhCnSecondFactor = {
  title: '两步验证',
  intro: '请打开手机上的身份验证器，输入 Patron 账号显示的 6 位验证码。',
  code: '验证码',
  codePlaceholder: '6 位数字',
  codeRequired: '请输入 6 位验证码',
  recoveryCode: '恢复码',
  recoveryPlaceholder: 'xxxx-xxxx-xxxx-xxxx',
  recoveryRequired: '请输入恢复码',
  recoveryHint: '每个恢复码只能使用一次；用完后请联系管理员重置两步验证。',
  useRecovery: '手机不在身边？使用恢复码',
  useApp: '使用身份验证器中的验证码',
  submit: '验证',
  signOut: '退出登录',
  enrolTitle: '启用两步验证',
  enrolIntro:
    '您的角色（管理员、审计员、总监或评审委员会）须使用两步验证：登录时除密码外，还需输入手机身份验证器中的验证码。请先绑定身份验证器。',
};
