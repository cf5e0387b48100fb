import type { LocaleShape } from '../../i18n/locale-shape.ts';
import type { zhCnAgreement } from './zh-cn.ts';

export const zhTwAgreement: LocaleShape<typeof zhCnAgreement> = {
  intro: '查看客戶資訊前，請仔細閱讀並同意以下保密協議。您的同意將記錄在案。',
  version: '版本 {{version}}',
  consent: '我已閱讀並同意',
  submit: '同意並繼續',
  signOut: '登出',
};
