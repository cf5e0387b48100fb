import type { LocaleShape } from '../locale-shape.ts';
import type { zhCnAuditLog } from './zh-cn-audit-log.ts';

export const zhTwAuditLog: LocaleShape<typeof zhCnAuditLog> = {
  nav: '稽核日誌',
  title: '稽核日誌',
  subtitle: '記錄系統中的每一次修改、登入、匯出和敏感資訊檢視，紀錄以雜湊鏈保存，不可修改',
  readNotice: '您在此頁的每次查詢和匯出本身也會記入稽核日誌',
  forbiddenTitle: '無權限',
  forbiddenHint: '稽核日誌僅向內部稽核和系統管理員開放',
  filters: {
    actor: '操作人',
    actorPlaceholder: '使用者名稱或使用者編號',
    customerId: '客戶編號',
    action: '操作',
    actionPlaceholder: '全部操作，或輸入操作代碼',
    families: '操作類別',
    actions: '具體操作',
    family: '{{label}}（全部）',
    dates: '日期範圍',
    search: '查詢',
    reset: '重設',
  },
  columns: {
    at: '時間',
    actor: '操作人',
    ip: 'IP 位址',
    action: '操作',
    entity: '對象',
    customer: '客戶',
  },
  loginAttempt: '登入嘗試：{{name}}',
  empty: '沒有符合條件的紀錄',
  details: {
    actionCode: '操作代碼',
    entity: '對象',
    changes: '內容',
    noChanges: '該紀錄沒有修改內容',
    raw: '原始紀錄',
    withheld: '該紀錄涉及客戶檔案內容，依職責分離原則不向系統管理員顯示',
  },
  paging: {
    newer: '上一頁',
    newest: '最新',
    older: '下一頁',
    page: '第 {{page}} 頁',
  },
};
