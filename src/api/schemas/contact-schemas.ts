import { z } from 'zod';
import { classified, FIELD_RULES_NOTE } from './classified-schema.ts';
import { BUYING_ROLES, GENDERS } from '../../domain/customer-fields.ts';
import { CONSENT_BASES } from '../../domain/record-fields.ts';
import { CONTACT_RULES } from '../../domain/validation/contact-rules.ts';
import type { FieldRule } from '../../domain/validation/field-rules.ts';
import { KEY_PERSON_RULES } from '../../domain/validation/key-person-rules.ts';

/**
 * Input shapes derived from the domain rules (as customer-schemas.ts does): zod checks types,
 * the rules check formats and give localised errors named `contact.<field>` / `keyPerson.<field>`.
 */
function httpTypeOf(rule: FieldRule): z.ZodType {
  if (rule.kind === 'enum') return z.enum(rule.values as [string, ...string[]]).nullable();
  return z.string().nullable();
}

function inputShape<K extends string>(rules: Record<K, FieldRule>) {
  return Object.fromEntries(
    Object.entries<FieldRule>(rules).map(([field, rule]) => [field, httpTypeOf(rule).optional()]),
  ) as Record<K, z.ZodOptional<z.ZodType>>;
}

export const contactParamsSchema = z.object({
  id: z.coerce.number().int().positive(),
  contactId: z.coerce.number().int().positive(),
});

export const contactInputSchema = z
  .object({
    ...inputShape(CONTACT_RULES),
    isKeyPerson: z.boolean().optional(),
  })
  .strict()
  .describe('mobile: mainland number, stored as E.164');

const nullableText = z.string().nullable();

export const customerContactSchema = classified(
  'contact',
  z.object({
    id: z.number(),
    customerId: z.number(),
    version: z.number(),
    name: z.string(),
    gender: z.enum(GENDERS),
    birthday: nullableText.describe('YYYY-MM-DD'),
    title: nullableText,
    department: nullableText,
    mobile: nullableText.describe('E.164, or masked: 138****5678'),
    phone: nullableText,
    email: nullableText,
    address: nullableText,
    buyingRole: z.enum(BUYING_ROLES).nullable(),
    isKeyPerson: z.boolean(),
    erasedAt: nullableText.describe('C7.7: when the personal data was erased (个人信息已删除)'),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
).meta({ id: 'CustomerContact', description: FIELD_RULES_NOTE });

export const contactListSchema = z
  .object({
    items: z.array(customerContactSchema),
    permissions: z.object({
      edit: z.boolean(),
      keyPersonDetails: z.boolean().describe('may see key-person private details (C7.3)'),
      exportPersonalData: z.boolean().describe('may export a contact’s personal data (C7.7)'),
      erasePersonalData: z.boolean().describe('may erase a contact’s personal data (C7.7)'),
    }),
  })
  .meta({ id: 'CustomerContactList' });

export const keyPersonInputSchema = z
  .object(inputShape(KEY_PERSON_RULES))
  .strict()
  .describe('the whole set each time; purpose and consent are required');

export const keyPersonDetailsSchema = z
  .object({
    id: z.number(),
    version: z.number(),
    family: nullableText,
    homeAddress: nullableText,
    hobbies: nullableText,
    notes: nullableText,
    purpose: z.string(),
    consentBasis: z.enum(CONSENT_BASES),
    consentAt: z.string().describe('YYYY-MM-DD'),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'KeyPersonDetails' });

export const keyPersonSchema = z
  .object({
    contactId: z.number(),
    name: z.string(),
    title: nullableText,
    department: nullableText,
    masked: z.boolean().describe('true: not visible to you (C7.3); details is then null'),
    details: keyPersonDetailsSchema.nullable(),
  })
  .meta({ id: 'KeyPerson' });

export const keyPersonListSchema = z
  .object({ items: z.array(keyPersonSchema) })
  .meta({ id: 'KeyPersonList' });
