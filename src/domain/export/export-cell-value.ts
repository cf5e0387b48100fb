import type { Locale } from '../i18n/locale.ts';
import { safeCellText } from '../import/safe-cell.ts';
import { formatMobileForDisplay } from '../phone.ts';
import { codeLabel, type ExportCellKind } from './export-column.ts';

export type CellValue = string | number | Date | null;

// Beijing has kept UTC+8 without daylight saving since 1991; customers and users are there.
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Excel number formats per kind: money always shows 2 decimals and thousands separators. */
export const NUMBER_FORMATS: Partial<Record<ExportCellKind['kind'], string>> = {
  money: '#,##0.00',
  decimal: '#,##0.###',
  int: '0',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
};

/**
 * One stored value as a spreadsheet cell. Text is neutralised (`=`, `+`, `-`, `@`, tab, CR at the
 * start become literal text); numbers and dates are real cells, so sums and filters work in
 * Excel. A date becomes a UTC-midnight Date because the writer turns Dates into serials by UTC.
 */
export function exportCellValue(cell: ExportCellKind, raw: unknown, locale: Locale): CellValue {
  if (raw === null || raw === undefined || raw === '') return null;
  switch (cell.kind) {
    case 'text':
      return safeCellText(String(raw));
    case 'code':
      return safeCellText(codeLabel(cell.vocabulary, String(raw), locale));
    case 'money':
    case 'decimal':
    case 'int':
      return numberOf(raw);
    case 'date':
      return dateOf(String(raw));
    case 'datetime':
      return beijingWallClock(raw);
    case 'mobile':
      return safeCellText(formatMobileForDisplay(String(raw)));
  }
}

function numberOf(raw: unknown): CellValue {
  const n = typeof raw === 'number' ? raw : Number(raw);
  return Number.isFinite(n) ? n : safeCellText(String(raw));
}

function dateOf(raw: string): CellValue {
  const m = ISO_DATE.exec(raw);
  if (!m) return safeCellText(raw);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** An instant as the Beijing wall-clock time, carried in a Date's UTC fields. */
function beijingWallClock(raw: unknown): CellValue {
  const instant = raw instanceof Date ? raw : new Date(String(raw));
  if (Number.isNaN(instant.getTime())) return safeCellText(String(raw));
  return new Date(instant.getTime() + BEIJING_OFFSET_MS);
}
