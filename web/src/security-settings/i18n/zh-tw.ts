import type { LocaleShape } from '../../i18n/locale-shape.ts';
import type { zhCnSecurity } from './zh-cn.ts';

export const zhTwSecurity: LocaleShape<typeof zhCnSecurity> = {
  title: '安全設定',
  menu: '安全設定',
  password: {
    title: '變更密碼',
    current: '目前密碼',
    currentRequired: '請輸入目前密碼',
    new: '新密碼',
    newRequired: '請輸入新密碼',
    repeat: '再次輸入新密碼',
    mismatch: '兩次輸入的新密碼不一致',
    rule: '8–128 個字元，中文、空格和符號都可以使用；過於常見的密碼（如 123456、woaini1314）會被拒絕。',
    submit: '變更密碼',
    done: '密碼已變更；您在其他裝置上的登入已登出。',
  },
  totp: {
    title: '兩步驟驗證',
    enabled: '已啟用',
    disabled: '未啟用',
    requiredByRole: '您的角色須使用兩步驟驗證。',
    optional: '啟用後，每次登入除密碼外還需輸入手機驗證器中的驗證碼，帳號被盜用的風險更低。',
    enabledHint: '每次登入都會要求輸入驗證碼。如需更換手機或驗證器，請聯絡管理員重設兩步驟驗證。',
    start: '啟用兩步驟驗證',
  },
  enrol: {
    scan: '1. 用驗證器掃描 QR 碼',
    apps: '可使用 Microsoft Authenticator、Google 驗證器、FreeOTP 等應用程式，選擇「掃描 QR 碼」。',
    manual: '無法掃描時，選擇「輸入設定金鑰」（以時間為準），輸入以下金鑰：',
    enterCode: '2. 輸入驗證器顯示的 6 位數驗證碼',
    confirm: '確認綁定',
    cancel: '取消',
    recoveryTitle: '請保存復原碼',
    recoveryIntro:
      '手機遺失或不在身邊時，可用復原碼代替驗證碼登入，每個只能使用一次。復原碼只顯示這一次：請抄寫或列印，並妥善保管。',
    copy: '複製全部復原碼',
    copied: '已複製',
    saved: '我已保存復原碼，繼續',
    done: '兩步驟驗證已啟用',
  },
};
