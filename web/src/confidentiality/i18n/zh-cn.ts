/** The confidentiality agreement screen (保密协议, C7.6); the agreement's text comes from the API. */
export const zhCnAgreement = {
  intro: '查看客户信息前，请仔细阅读并同意以下保密协议。您的同意将记录在案。',
  version: '版本 {{version}}',
  consent: '我已阅读并同意',
  submit: '同意并继续',
  signOut: '退出登录',
};
