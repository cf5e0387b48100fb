import dayjs from 'dayjs';
import 'dayjs/locale/en';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/zh-tw';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  DEFAULT_LANGUAGE,
  isLanguage,
  storeLanguage,
  storedLanguage,
  type Language,
} from './languages.ts';
import { enAuditLog } from './locales/en-audit-log.ts';
import { enCodes } from './locales/en-codes.ts';
import { enUi } from './locales/en-ui.ts';
import { zhCnAuditLog } from './locales/zh-cn-audit-log.ts';
import { zhCnCodes } from './locales/zh-cn-codes.ts';
import { zhCnUi } from './locales/zh-cn-ui.ts';
import { zhTwAuditLog } from './locales/zh-tw-audit-log.ts';
import { zhTwCodes } from './locales/zh-tw-codes.ts';
import { zhTwUi } from './locales/zh-tw-ui.ts';
import { enContacts } from '../contacts/i18n/en.ts';
import { zhCnContacts } from '../contacts/i18n/zh-cn.ts';
import { zhTwContacts } from '../contacts/i18n/zh-tw.ts';
import { enDataQuality } from '../data-quality/i18n/en.ts';
import { zhCnDataQuality } from '../data-quality/i18n/zh-cn.ts';
import { zhTwDataQuality } from '../data-quality/i18n/zh-tw.ts';
import { exportEn } from '../export/i18n/en.ts';
import { exportZhCn } from '../export/i18n/zh-cn.ts';
import { exportZhTw } from '../export/i18n/zh-tw.ts';
import { enImport } from '../import/i18n/en.ts';
import { zhCnImport } from '../import/i18n/zh-cn.ts';
import { zhTwImport } from '../import/i18n/zh-tw.ts';
import { recordsEn } from '../records/i18n/en.ts';
import { recordsZhCn } from '../records/i18n/zh-cn.ts';
import { recordsZhTw } from '../records/i18n/zh-tw.ts';
import { enAgreement } from '../confidentiality/i18n/en.ts';
import { zhCnAgreement } from '../confidentiality/i18n/zh-cn.ts';
import { zhTwAgreement } from '../confidentiality/i18n/zh-tw.ts';
import { enAccountTeam } from '../customers/team/i18n/en.ts';
import { zhCnAccountTeam } from '../customers/team/i18n/zh-cn.ts';
import { zhTwAccountTeam } from '../customers/team/i18n/zh-tw.ts';
import { enSecondFactor } from '../auth/i18n/en.ts';
import { zhCnSecondFactor } from '../auth/i18n/zh-cn.ts';
import { zhTwSecondFactor } from '../auth/i18n/zh-tw.ts';
import { enSecurity } from '../security-settings/i18n/en.ts';
import { enPrivacy } from '../privacy/i18n/en.ts';
import { zhCnPrivacy } from '../privacy/i18n/zh-cn.ts';
import { zhTwPrivacy } from '../privacy/i18n/zh-tw.ts';
import { zhCnSecurity } from '../security-settings/i18n/zh-cn.ts';
import { zhTwSecurity } from '../security-settings/i18n/zh-tw.ts';

const DAYJS_LOCALES: Record<Language, string> = { 'zh-CN': 'zh-cn', 'zh-TW': 'zh-tw', en: 'en' };

function applyLanguage(language: Language): void {
  dayjs.locale(DAYJS_LOCALES[language]);
  document.documentElement.lang = language;
  document.title = i18next.t('app.name', { lng: language });
}

export function setupI18n(): typeof i18next {
  const language = storedLanguage();
  void i18next.use(initReactI18next).init({
    resources: {
      'zh-CN': {
        translation: {
          ...zhCnUi,
          auditLog: zhCnAuditLog,
          code: zhCnCodes,
          contacts: zhCnContacts,
          dataQuality: zhCnDataQuality,
          export: exportZhCn,
          imports: zhCnImport,
          records: recordsZhCn,
          agreement: zhCnAgreement,
          accountTeam: zhCnAccountTeam,
          secondFactor: zhCnSecondFactor,
          security: zhCnSecurity,
          privacy: zhCnPrivacy,
        },
      },
      'zh-TW': {
        translation: {
          ...zhTwUi,
          auditLog: zhTwAuditLog,
          code: zhTwCodes,
          contacts: zhTwContacts,
          dataQuality: zhTwDataQuality,
          export: exportZhTw,
          imports: zhTwImport,
          records: recordsZhTw,
          agreement: zhTwAgreement,
          accountTeam: zhTwAccountTeam,
          secondFactor: zhTwSecondFactor,
          security: zhTwSecurity,
          privacy: zhTwPrivacy,
        },
      },
      en: {
        translation: {
          ...enUi,
          auditLog: enAuditLog,
          code: enCodes,
          contacts: enContacts,
          dataQuality: enDataQuality,
          export: exportEn,
          imports: enImport,
          records: recordsEn,
          agreement: enAgreement,
          accountTeam: enAccountTeam,
          secondFactor: enSecondFactor,
          security: enSecurity,
          privacy: enPrivacy,
        },
      },
    },
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    // Only our three; never load 'zh' or 'en-US' variants.
    supportedLngs: ['zh-CN', 'zh-TW', 'en'],
    interpolation: { escapeValue: false }, // React escapes.
    returnNull: false,
  });
  applyLanguage(language);
  i18next.on('languageChanged', (next) => {
    if (!isLanguage(next)) return;
    storeLanguage(next);
    applyLanguage(next);
  });
  return i18next;
}

/** The UI language, sent as Accept-Language so the server localises its messages to match. */
export function currentLanguage(): Language {
  const language = i18next.resolvedLanguage ?? i18next.language;
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}
