import type { LocaleShape } from '../../i18n/locale-shape.ts';
import type { zhCnSecondFactor } from './zh-cn.ts';

export const zhTwSecondFactor: LocaleShape<typeof zhCnSecondFactor> = {
  title: '兩步驟驗證',
  intro: '請開啟手機上的驗證器，輸入 Patron 帳號顯示的 6 位數驗證碼。',
  code: '驗證碼',
  codePlaceholder: '6 位數字',
  codeRequired: '請輸入 6 位數驗證碼',
  recoveryCode: '復原碼',
  recoveryPlaceholder: 'xxxx-xxxx-xxxx-xxxx',
  recoveryRequired: '請輸入復原碼',
  recoveryHint: '每個復原碼只能使用一次；用完後請聯絡管理員重設兩步驟驗證。',
  useRecovery: '手機不在身邊？使用復原碼',
  useApp: '使用驗證器中的驗證碼',
  submit: '驗證',
  signOut: '登出',
  enrolTitle: '啟用兩步驟驗證',
  enrolIntro:
    '您的角色（管理員、稽核員、總監或評審委員會）須使用兩步驟驗證：登入時除密碼外，還需輸入手機驗證器中的驗證碼。請先綁定驗證器。',
};
