import type { Locale, Localised } from '../i18n/locale.ts';
import { datetime, int, text, type ExportColumn } from './export-column.ts';

/**
 * The audit log's columns (C7.5), as the screen shows a row: when, who, from where, what, on
 * which record and customer, and before/after as JSON text. Headers are `audit.*` field labels.
 */
export function auditExportColumns(withCustomerNames: boolean): readonly ExportColumn[] {
  return [
    int('id', 'audit.id', 10),
    datetime('at', 'audit.at'),
    text('actorName', 'audit.actor', 18),
    text('ip', 'audit.ip', 15),
    // The HTTP request that wrote the row: ties it to the server's logs and its other rows.
    text('requestId', 'audit.requestId', 36),
    text('actionLabel', 'audit.action', 18),
    text('action', 'audit.actionCode', 24),
    text('entityType', 'audit.entityType', 14),
    text('entityId', 'audit.entityId', 10),
    int('customerId', 'audit.customerId', 10),
    // Absent, not empty, for readers who may not see customer names (the admin).
    ...(withCustomerNames ? [text('customerName', 'audit.customerName', 28)] : []),
    text('before', 'audit.before', 50),
    text('after', 'audit.after', 50),
  ];
}

/** Excel refuses a cell of more than 32,767 characters; the file would not open at all. */
export const EXCEL_CELL_MAX = 32_767;
/** Data rows in one sheet: Excel's 1,048,576 rows less the header. */
export const EXCEL_MAX_DATA_ROWS = 1_048_575;

const CUT: Localised = { 'zh-CN': '…（已截断）', 'zh-TW': '…（已截斷）', en: '… (cut)' };

/**
 * A before/after value as one cell's text: JSON, cut to fit a cell with a visible mark (and one
 * character spare for the quote that neutralises a leading `=`). The full value stays in the log.
 */
export function auditJsonCell(value: unknown, locale: Locale): string | null {
  if (value === null || value === undefined) return null;
  const json = JSON.stringify(value);
  const room = EXCEL_CELL_MAX - 1;
  if (json.length <= room) return json;
  const mark = CUT[locale];
  return json.slice(0, room - mark.length) + mark;
}

const SHEET_NAMES: Localised = { 'zh-CN': '审计日志', 'zh-TW': '稽核日誌', en: 'Audit log' };

export function auditSheetName(locale: Locale): string {
  return SHEET_NAMES[locale];
}

/** `审计日志-20260630.xlsx`: the screen's title and the Beijing day of the export. */
export function auditExportFileName(locale: Locale, isoDate: string): string {
  return `${SHEET_NAMES[locale]}-${isoDate.replace(/-/g, '')}.xlsx`;
}
