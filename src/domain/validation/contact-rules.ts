import { BUYING_ROLES, GENDERS } from '../customer-fields.ts';
import type { FieldRule } from './field-rules.ts';

/**
 * SPEC C1.3: what a contact accepts. The key-person flag is a boolean, which the text-first
 * field rules do not model; the contact validator checks it beside these.
 */
export const CONTACT_RULES = {
  name: { kind: 'text', max: 50, required: true },
  gender: { kind: 'enum', values: GENDERS },
  birthday: { kind: 'date' },
  title: { kind: 'text', max: 100 },
  department: { kind: 'text', max: 100 },
  mobile: { kind: 'mobile' },
  phone: { kind: 'landline' },
  email: { kind: 'email' },
  address: { kind: 'text', max: 200 },
  buyingRole: { kind: 'enum', values: BUYING_ROLES },
} as const satisfies Record<string, FieldRule>;

export type ContactRuleField = keyof typeof CONTACT_RULES;
export const CONTACT_RULE_FIELDS = Object.keys(CONTACT_RULES) as ContactRuleField[];

/**
 * Field paths of contact issues are `contact.<field>`, so an error names "联系人姓名" rather than
 * the customer's "客户名称" for `name` (src/domain/i18n/field-labels.ts looks the full path up
 * first). Forms strip the prefix to find their input.
 */
export const CONTACT_ISSUE_PREFIX = 'contact.';
