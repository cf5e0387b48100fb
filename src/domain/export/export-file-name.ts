import type { Locale, Localised } from '../i18n/locale.ts';
import type { RecordExportKind } from './record-export-columns.ts';
import { replaceUnsafeFileNameCharacters } from '../file-name-characters.ts';

export type ExportList = 'customers' | 'contacts' | RecordExportKind;

/** Sheet and file names, the same words as the list's title or tab on screen. */
const LIST_NAMES: Record<ExportList, Localised> = {
  customers: { 'zh-CN': '客户列表', 'zh-TW': '客戶列表', en: 'Customers' },
  contacts: { 'zh-CN': '联系人', 'zh-TW': '聯絡人', en: 'Contacts' },
  transactions: { 'zh-CN': '交易记录', 'zh-TW': '交易紀錄', en: 'Purchases' },
  payments: { 'zh-CN': '发票回款', 'zh-TW': '發票收款', en: 'Invoices' },
  needs: { 'zh-CN': '需求信息', 'zh-TW': '需求資訊', en: 'Needs' },
  projects: { 'zh-CN': '项目合作', 'zh-TW': '專案合作', en: 'Projects' },
  timeline: { 'zh-CN': '重要记录', 'zh-TW': '重要紀錄', en: 'Timeline' },
};

export function exportListName(list: ExportList, locale: Locale): string {
  return LIST_NAMES[list][locale];
}

// Excel also refuses square brackets in sheet names, which take the same text.
const SHEET_UNSAFE = '[]';

/**
 * `客户列表-20260630.xlsx`, or `苏州恒达精密机械有限公司-交易记录-20260630.xlsx` for one
 * customer's records. `today` is Beijing's calendar date (YYYY-MM-DD).
 */
export function exportFileName(
  list: ExportList,
  locale: Locale,
  today: string,
  customerName?: string,
): string {
  const parts = [customerName, exportListName(list, locale), today.replaceAll('-', '')]
    .filter((part): part is string => Boolean(part))
    .map((part) => replaceUnsafeFileNameCharacters(part, '_', SHEET_UNSAFE).trim().slice(0, 80));
  return `${parts.join('-')}.xlsx`;
}
