import type { FieldIssue } from '../app-error.ts';
import { fieldLabel } from '../i18n/field-labels.ts';
import { LOCALES } from '../i18n/locale.ts';
import { isRequiredColumn } from './import-column.ts';
import { importColumns } from './import-columns.ts';
import type { ImportKind } from './import-kinds.ts';

/** An explicit mapping: header text as in the file → field, or null to ignore that column. */
export type ColumnMappingInput = Record<string, string | null>;

/** Amount columns headed "金额（万元）" hold 万 yuan: their plain numbers are scaled. */
export type AmountUnit = '万' | '亿';

export type MappedColumn = {
  index: number;
  header: string;
  field: string | null;
  unit?: AmountUnit;
};

const UNIT_SUFFIX = /[(（[【]([^)）\]】]*)[)）\]】]$/;

/**
 * A header reduced to what identifies it: width, case, spaces, required-markers (`*`) and a
 * trailing unit in brackets do not matter. `金额（万元）*` → `金额` with unit 万.
 */
export function headerKey(header: string): { key: string; unit?: AmountUnit } {
  let text = header
    .normalize('NFKC')
    .replace(/[\s*]+/g, '')
    .toLowerCase();
  let unit: AmountUnit | undefined;
  const bracket = UNIT_SUFFIX.exec(text);
  if (bracket && text.length > bracket[0].length) {
    const inside = bracket[1] ?? '';
    if (inside.includes('亿')) unit = '亿';
    else if (inside.includes('万')) unit = '万';
    text = text.slice(0, -bracket[0].length);
  }
  return unit === undefined ? { key: text } : { key: text, unit };
}

const indexes = new Map<ImportKind, Map<string, string>>();

function headerIndex(kind: ImportKind): Map<string, string> {
  let index = indexes.get(kind);
  if (index) return index;
  index = new Map();
  for (const column of importColumns(kind)) {
    const names = [
      column.field,
      column.field.split('.').pop() ?? column.field,
      ...LOCALES.map((locale) => fieldLabel(column.field, locale)),
      ...column.aliases,
    ];
    for (const name of names) {
      const { key } = headerKey(name);
      if (!index.has(key)) index.set(key, column.field);
    }
  }
  indexes.set(kind, index);
  return index;
}

/**
 * Which field each column of the file feeds. An explicit mapping wins over recognition; a
 * column mapped to null, or not recognised, is ignored. Issues: a required column that is
 * missing, a field fed by two columns, a mapping naming a field the kind does not have.
 */
export function recogniseColumns(
  kind: ImportKind,
  headers: readonly string[],
  explicit: ColumnMappingInput = {},
): { columns: MappedColumn[]; issues: FieldIssue[] } {
  const columns = importColumns(kind);
  const known = new Set(columns.map((column) => column.field));
  const issues: FieldIssue[] = [];
  const chosen = new Map<string, string | null>();
  for (const [header, field] of Object.entries(explicit)) {
    if (field !== null && field !== '' && !known.has(field)) {
      issues.push({ field: 'mapping', code: 'validation.mapping', params: { value: field } });
      continue;
    }
    chosen.set(headerKey(header).key, field === '' ? null : field);
  }
  const index = headerIndex(kind);
  const mapped: MappedColumn[] = headers.map((header, i) => {
    const { key, unit } = headerKey(header);
    const field = key === '' ? null : chosen.has(key) ? chosen.get(key)! : (index.get(key) ?? null);
    return unit === undefined ? { index: i, header, field } : { index: i, header, field, unit };
  });
  const seen = new Set<string>();
  for (const column of mapped) {
    if (column.field === null) continue;
    if (seen.has(column.field)) {
      issues.push({ field: column.field, code: 'validation.column_duplicate' });
    }
    seen.add(column.field);
  }
  for (const column of columns) {
    if (isRequiredColumn(column) && !seen.has(column.field)) {
      issues.push({ field: column.field, code: 'validation.column_missing' });
    }
  }
  return { columns: mapped, issues: dedupe(issues) };
}

function dedupe(issues: FieldIssue[]): FieldIssue[] {
  const keys = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.field}|${issue.code}|${JSON.stringify(issue.params ?? {})}`;
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  });
}
