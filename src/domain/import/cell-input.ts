import { isIsoDate } from '../date-only.ts';
import type { AmountUnit } from './header-match.ts';
import type { ImportColumn } from './import-column.ts';
import { codeForLabel, provinceForName } from './vocabulary-lookup.ts';

/** A cell as the file readers give it: CSV gives text, .xlsx also numbers, booleans, dates. */
export type CellValue = string | number | boolean | Date | null;

const pad = (n: number) => String(n).padStart(2, '0');

/** The cell as a person reads it, for error reports. Dates of .xlsx cells are UTC. */
export function cellText(cell: CellValue): string {
  if (cell === null) return '';
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return '';
    const iso = cell.toISOString();
    const time = iso.slice(11, 19);
    return time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
  }
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT].*)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
// Excel's 1900 date system counts 1900-02-29, which never was: serials from 61 on are one
// day ahead, hence the epoch of 1899-12-30.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const MAX_EXCEL_SERIAL = 2_958_465; // 9999-12-31

/** `2026/3/5`, `2026年3月5日`, `20260305`, `2026-03-05 14:00` and Excel serials → `2026-03-05`. */
export function dateInput(cell: CellValue): unknown {
  if (cell instanceof Date) return cellText(cell).slice(0, 10);
  if (typeof cell === 'number') {
    if (cell >= 19000101 && cell <= 99991231) return dateInput(String(cell));
    if (!Number.isInteger(cell) || cell < 1 || cell > MAX_EXCEL_SERIAL) return String(cell);
    return new Date(EXCEL_EPOCH + cell * 86_400_000).toISOString().slice(0, 10);
  }
  if (typeof cell !== 'string') return cell;
  const text = cell.normalize('NFKC').trim();
  const m = DATE_TEXT.exec(text) ?? COMPACT_DATE.exec(text);
  if (!m) return text;
  const iso = `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  return isIsoDate(iso) ? iso : text;
}

const PLAIN_NUMBER = /^[+-]?[\d,]*\.?\d*$/;

/**
 * What the column's field rule is given for a cell: labels become codes, dates become ISO,
 * numbers of a "（万元）" column get their unit. The rule still decides what is valid.
 */
export function cellInput(column: ImportColumn, cell: CellValue, unit?: AmountUnit): unknown {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return null;
  switch (column.rule.kind) {
    case 'date':
      return dateInput(cell);
    case 'money': {
      if (unit === undefined) return typeof cell === 'number' ? cell : cellText(cell);
      const text = cellText(cell).trim();
      return PLAIN_NUMBER.test(text) ? `${text}${unit}` : text;
    }
    case 'int':
      return typeof cell === 'number' ? cell : cellText(cell);
    case 'enum': {
      const text = cellText(cell);
      if (column.special === 'province') return provinceForName(text);
      if (!column.vocabulary) return text;
      return codeForLabel(column.vocabulary, text) ?? text;
    }
    default:
      return cellText(cell);
  }
}
