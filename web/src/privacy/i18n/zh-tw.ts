import type { LocaleShape } from '../../i18n/locale-shape.ts';
import type { zhCnPrivacy } from './zh-cn.ts';

export const zhTwPrivacy: LocaleShape<typeof zhCnPrivacy> = {
  nav: '個人資訊清單',
  export: '匯出個人資訊',
  exportHint: '下載此聯絡人的全部個人資訊（JSON 檔案）；匯出會記入稽核紀錄',
  exported: '已匯出個人資訊',
  erase: '刪除個人資訊',
  eraseTitle: '刪除「{{name}}」的個人資訊',
  eraseIntro: '依本人申請刪除（個人資訊保護法第四十七條）。此操作無法復原。',
  eraseRemoves: '將被刪除',
  eraseRemovesItems: {
    contact:
      '姓名（改為「已刪除聯絡人 #編號」）、性別、生日、職務、部門、手機、電話、電子郵件、地址、採購角色',
    keyPerson: '重要人士資訊（家庭、住址、嗜好、備註及其同意紀錄）',
    records: '拜訪等紀錄中出現的姓名（改為同一佔位名稱）',
  },
  eraseKeeps: '將保留',
  eraseKeepsItems: {
    entry: '聯絡人這一筆項目及其與拜訪、專案的關聯（內容已匿名）',
    audit:
      '稽核紀錄：刪除紀錄保存刪除理由與每個欄位的金鑰雜湊值，不含原值；舊的稽核紀錄中此人的值一律顯示為「[erased #雜湊值]」',
  },
  eraseBackups: '刪除前產生的備份仍含原值，依備份保留份數（PATRON_BACKUP_KEEP）自然淘汰。',
  reason: '刪除理由',
  reasonHelp: '寫明誰在何時提出申請（例如：本人 2026-06-01 書面申請），不要填寫此人的個人資訊。',
  reasonRequired: '請填寫刪除理由',
  confirmErase: '確認刪除',
  cancel: '取消',
  erased: '個人資訊已刪除',
  register: {
    title: '個人資訊清單',
    intro:
      'Patron 保存哪些個人資訊、用途、處理依據與保存期限（個人資訊保護法第十七條）。所有登入使用者均可查看。',
    field: '欄位',
    table: '資料表',
    dataClass: '類別',
    purpose: '用途',
    legalBasis: '處理依據',
    retention: '保存期限',
    consentRecord: '同意紀錄',
    loadFailed: '無法載入個人資訊清單',
    rights: '個人權利',
    rightsText:
      '匯出：客戶的管理人員、所屬區域經理與大客戶管理委員會可在客戶 360 頁面的聯絡人中匯出某人的全部資訊。刪除：依本人申請，由大客戶管理委員會或銷售總監執行（內部稽核永不執行）；大客戶經理負責轉交申請。',
  },
  retention: {
    title: '本伺服器的保存規則',
    terminatedContacts: '已終止合作客戶的聯絡人',
    terminatedContactsValue: '客戶終止合作且檔案 {{years}} 年未變動後自動刪除（匿名化）',
    loginIp: '登入稽核中的 IP 位址',
    loginIpValue: '{{days}} 天後不再顯示（法定最少 {{min}} 天）',
    off: '未啟用',
    note: '由伺服器設定 PATRON_RETENTION_TERMINATED_CONTACT_YEARS 與 PATRON_RETENTION_LOGIN_IP_DAYS 決定，每小時執行一次。',
  },
};
