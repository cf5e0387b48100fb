import type { Locale } from '../i18n/locale.ts';

/**
 * The confidentiality agreement (保密协议, C7.6) every user accepts before the app shows any
 * customer data. Its wording follows the policies it implements: seed 001 §四(三) (staff who
 * handle customer information sign a confidentiality agreement) and seed 002 第十一条 (key-account
 * information is a company secret; keep it from leaking).
 *
 * Changing the text means a new `version`: acceptances are stored per user and version, so every
 * user is asked again, and the record of what each accepted before stays.
 */
export const AGREEMENT_VERSION = '2025-01';

export type AgreementText = { title: string; paragraphs: readonly string[] };

export const AGREEMENT_TEXT: Record<Locale, AgreementText> = {
  'zh-CN': {
    title: '客户信息保密协议',
    paragraphs: [
      '一、本系统所载客户信息，包括但不限于客户名称、联系人及相关重要人士信息、交易与价格、合同与项目、信用与评级、客户分级结果，均属公司商业秘密。',
      '二、本人仅在履行岗位职责所必需的范围内查阅和使用上述信息，不查阅与本人工作无关的客户信息。',
      '三、未经公司书面批准，本人不以任何方式向公司以外的任何单位或个人披露、提供或转让上述信息，也不在公司内部向无关人员透露。',
      '四、本人不将客户信息复制、导出、拍照或传输至个人设备、个人邮箱、即时通讯工具或其他未经公司授权的系统；因工作需要导出的文件，按公司规定保管，用毕即删除。',
      '五、相关重要人士的个人信息属于敏感个人信息，本人仅为已登记的目的使用，严格遵守《中华人民共和国个人信息保护法》及公司相关制度。',
      '六、本人妥善保管个人账号和密码，不借给他人使用；发现信息泄露或疑似泄露，立即报告上级和系统管理员。',
      '七、本人知悉系统记录每一次查阅、修改和导出，内部审计可据此核查。',
      '八、本人在职期间及离职后均履行上述保密义务。违反本协议的，按公司规定处理；造成损失的，依法承担相应责任。',
    ],
  },
  'zh-TW': {
    title: '客戶資訊保密協議',
    paragraphs: [
      '一、本系統所載客戶資訊，包括但不限於客戶名稱、聯絡人及相關重要人士資訊、交易與價格、合約與專案、信用與評級、客戶分級結果，均屬公司商業秘密。',
      '二、本人僅在履行職務所必需的範圍內查閱和使用上述資訊，不查閱與本人工作無關的客戶資訊。',
      '三、未經公司書面核准，本人不以任何方式向公司以外的任何單位或個人揭露、提供或轉讓上述資訊，也不在公司內部向無關人員透露。',
      '四、本人不將客戶資訊複製、匯出、拍照或傳輸至個人裝置、個人信箱、即時通訊工具或其他未經公司授權的系統；因工作需要匯出的檔案，依公司規定保管，用畢即刪除。',
      '五、相關重要人士的個人資訊屬於敏感個人資訊，本人僅為已登記的目的使用，嚴格遵守《中華人民共和國個人信息保護法》及公司相關制度。',
      '六、本人妥善保管個人帳號和密碼，不借給他人使用；發現資訊洩露或疑似洩露，立即報告上級和系統管理員。',
      '七、本人知悉系統記錄每一次查閱、修改和匯出，內部稽核可據此查核。',
      '八、本人在職期間及離職後均履行上述保密義務。違反本協議者，依公司規定處理；造成損失者，依法承擔相應責任。',
    ],
  },
  en: {
    title: 'Customer information confidentiality agreement',
    paragraphs: [
      '1. The customer information in this system — including customer names, contacts and key persons, transactions and prices, contracts and projects, credit and ratings, and customer tiers — is a trade secret of the company.',
      '2. I will view and use this information only as far as my duties require, and will not look at customer information unrelated to my work.',
      '3. Without the company’s written approval I will not disclose, provide or transfer this information in any way to anyone outside the company, nor pass it to colleagues who have no need for it.',
      '4. I will not copy, export, photograph or send customer information to personal devices, personal email, messaging apps or any other system the company has not approved; files exported for work are kept as company rules require and deleted when no longer needed.',
      '5. Key persons’ personal details are sensitive personal information; I will use them only for the recorded purpose and comply with the Personal Information Protection Law of the PRC and the company’s rules.',
      '6. I will keep my account and password to myself and lend them to no one; if I learn of a leak or suspect one, I will report it at once to my manager and the system administrator.',
      '7. I understand that the system records every view, change and export, and that internal audit may check them.',
      '8. These obligations apply while I am employed and after I leave. A breach is dealt with under company rules, and I am liable by law for any loss it causes.',
    ],
  },
};
