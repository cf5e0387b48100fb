import type { FieldRule } from '../validation/field-rules.ts';
import type { VocabularyName } from './vocabulary-labels.ts';

/**
 * One column an import understands. `field` is the issue path (and label key, see
 * src/domain/i18n/field-labels.ts) and the key of the row's values; the rule is the same one the
 * API applies to that field.
 */
export type ImportColumn = {
  field: string;
  rule: FieldRule;
  /** Headers recognised besides the field's labels in the three locales and its own name. */
  aliases: readonly string[];
  /** Cells may hold a label of this vocabulary (国有企业 → state_owned). */
  vocabulary?: VocabularyName;
  /** Conversions beyond the rule: province short names, decimal quantities. */
  special?: 'province' | 'quantity';
  /** Filled by the importer rather than the file when the column is absent (sales region). */
  defaulted?: boolean;
  /** The value of the template's example row. */
  example: string;
};

/** Columns a file must have: required by their rule and not filled in by default. */
export function isRequiredColumn(column: ImportColumn): boolean {
  return column.rule.required === true && column.defaulted !== true;
}

/** The columns' rules keyed by field, as `applyRules` takes them. */
export function rulesOf(columns: readonly ImportColumn[]): Record<string, FieldRule> {
  return Object.fromEntries(columns.map((column) => [column.field, column.rule]));
}
