import { CONSENT_BASES } from '../record-fields.ts';
import type { FieldRule } from './field-rules.ts';

/**
 * SPEC C1.4 相关重要人士: the private details (sealed together, never stored in clear) and the
 * purpose and consent that must accompany them (PIPL: a stated purpose and a lawful basis).
 */
export const KEY_PERSON_PRIVATE_RULES = {
  family: { kind: 'text', max: 2000 },
  homeAddress: { kind: 'text', max: 200 },
  hobbies: { kind: 'text', max: 1000 },
  notes: { kind: 'text', max: 4000 },
} as const satisfies Record<string, FieldRule>;

export const KEY_PERSON_RULES = {
  ...KEY_PERSON_PRIVATE_RULES,
  purpose: { kind: 'text', max: 500, required: true },
  consentBasis: { kind: 'enum', values: CONSENT_BASES, required: true },
  consentAt: { kind: 'date', required: true },
} as const satisfies Record<string, FieldRule>;

export type KeyPersonPrivateField = keyof typeof KEY_PERSON_PRIVATE_RULES;
export const KEY_PERSON_PRIVATE_FIELDS = Object.keys(
  KEY_PERSON_PRIVATE_RULES,
) as KeyPersonPrivateField[];

export type KeyPersonField = keyof typeof KEY_PERSON_RULES;
export const KEY_PERSON_FIELDS = Object.keys(KEY_PERSON_RULES) as KeyPersonField[];

/** Issue paths are `keyPerson.<field>` (see CONTACT_ISSUE_PREFIX for why). */
export const KEY_PERSON_ISSUE_PREFIX = 'keyPerson.';
