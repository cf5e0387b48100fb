import {
  CUSTOMER_FIELDS,
  type CustomerField,
} from '../../../../src/domain/validation/customer-rules.ts';
import type { Customer, CustomerChanges, CustomerInput } from '../../api/types.ts';

/** What the form holds: the input fields, as typed (strings, numbers, or empty). */
export type FormValues = Partial<Record<CustomerField, string | number | null | undefined>>;

export function toFormValues(customer: Customer): FormValues {
  const values: FormValues = {};
  const source = customer as unknown as Record<string, string | number | null>;
  for (const field of CUSTOMER_FIELDS) values[field] = source[field] ?? undefined;
  return values;
}

function clean(value: FormValues[CustomerField]): string | number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  return value;
}

/** A new customer: only what was filled in, so the server applies its own defaults. */
export function toCreateInput(values: FormValues): CustomerInput {
  const input: Record<string, string | number> = {};
  for (const field of CUSTOMER_FIELDS) {
    const value = clean(values[field]);
    if (value !== null) input[field] = value;
  }
  return input as CustomerInput;
}

/**
 * An edit sends only the fields that differ from the loaded file (cleared ones as null): the
 * change and its audit entry hold what the user changed, and untouched old values are not
 * re-validated against rules that are stricter than when they were entered.
 */
export function toChanges(values: FormValues, initial: FormValues): CustomerChanges {
  const changes: Record<string, string | number | null> = {};
  for (const field of CUSTOMER_FIELDS) {
    if (!(field in values)) continue; // not rendered (the waiver before it is offered)
    const value = clean(values[field]);
    if (value !== clean(initial[field])) changes[field] = value;
  }
  return changes as CustomerChanges;
}
