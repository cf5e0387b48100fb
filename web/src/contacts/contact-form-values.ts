import dayjs, { type Dayjs } from 'dayjs';
import {
  CONTACT_RULE_FIELDS,
  type ContactRuleField,
} from '../../../src/domain/validation/contact-rules.ts';
import type { ContactInput, CustomerContact } from './contact-types.ts';

/** What the contact form holds: text as typed, the birthday as a date picker value. */
export type ContactFormValues = Partial<Record<Exclude<ContactRuleField, 'birthday'>, string>> & {
  birthday?: Dayjs | null;
  isKeyPerson?: boolean;
};

export const CONTACT_FORM_FIELDS: readonly string[] = [...CONTACT_RULE_FIELDS, 'isKeyPerson'];

export function toContactFormValues(contact: CustomerContact | null): ContactFormValues {
  if (!contact) return { gender: 'unknown', isKeyPerson: false };
  const values: ContactFormValues = { isKeyPerson: contact.isKeyPerson };
  for (const field of CONTACT_RULE_FIELDS) {
    if (field === 'birthday') values.birthday = contact.birthday ? dayjs(contact.birthday) : null;
    else values[field] = contact[field] ?? undefined;
  }
  return values;
}

function clean(values: ContactFormValues, field: ContactRuleField): string | null {
  if (field === 'birthday') return values.birthday ? values.birthday.format('YYYY-MM-DD') : null;
  const value = values[field];
  return value === undefined || value === null || value.trim() === '' ? null : value.trim();
}

/** A new contact: what was filled in. An edit: only what changed (cleared fields as null). */
export function toContactInput(values: ContactFormValues, initial: ContactFormValues | null) {
  const input: Record<string, string | boolean | null> = {};
  for (const field of CONTACT_RULE_FIELDS) {
    const value = clean(values, field);
    if (initial === null ? value !== null : value !== clean(initial, field)) input[field] = value;
  }
  const flag = values.isKeyPerson ?? false;
  if (initial === null || flag !== (initial.isKeyPerson ?? false)) input.isKeyPerson = flag;
  return input as ContactInput;
}
