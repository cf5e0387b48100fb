import type { FieldRule } from '../../../../src/domain/validation/field-rules.ts';
import type { RecordVocabulary } from '../use-record-code.ts';

/** One input of a record form, drawn from the record's domain rule. */
export type FormField = {
  name: string;
  rule: FieldRule;
  /** Labels of an enum's codes: a record vocabulary, or the shared transaction channels. */
  vocabulary?: RecordVocabulary | 'transactionChannel';
  widget?: 'textarea' | 'datetime';
  /** Key of a hint under `records.` shown below the input. */
  hint?: string;
};

/** Fields in the order of `rules`, each with its extras. */
export function fieldsOf<K extends string>(
  rules: Record<K, FieldRule>,
  extras: Partial<Record<K, Omit<FormField, 'name' | 'rule'>>> = {},
): FormField[] {
  return (Object.keys(rules) as K[]).map((name) => ({ name, rule: rules[name], ...extras[name] }));
}

export type FormValues = Record<string, string | null | undefined>;

function clean(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}

/** A new record: only what was filled in, so the server applies its defaults. */
export function filledValues(fields: FormField[], values: FormValues): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { name } of fields) {
    const value = clean(values[name]);
    if (value !== null) out[name] = value;
  }
  return out;
}

/**
 * An edit sends only what differs from the loaded record (cleared fields as null), so the change
 * and its audit entry hold what the user changed.
 */
export function changedValues(
  fields: FormField[],
  values: FormValues,
  initial: Record<string, unknown>,
): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const { name } of fields) {
    const value = clean(values[name]);
    if (value !== clean(initial[name])) out[name] = value;
  }
  return out;
}
