import { z } from 'zod';
import { classified, FIELD_RULES_NOTE } from './classified-schema.ts';
import { TIER_SOURCES } from '../../domain/scoring/tier-source.ts';
import { CUSTOMER_RULES, type CustomerField } from '../../domain/validation/customer-rules.ts';
import type { FieldRule } from '../../domain/validation/field-rules.ts';
import { CUSTOMER_SORTS } from '../../domain/customer-sorts.ts';
import {
  INDUSTRY_SECTIONS,
  KA_CLASSES,
  KA_LEVELS,
  LIFECYCLE_STATUSES,
  NATURES,
  OPERATING_STATUSES,
  RELATIONSHIP_LEVELS,
  RELATIONSHIP_STAGES,
  REVENUE_BANDS,
  SCALES,
  SOURCE_CHANNELS,
  TIERS,
} from '../../domain/customer-fields.ts';

/**
 * The HTTP shape of customer input is derived from the domain rules, so the OpenAPI document and
 * the validation cannot drift apart. Zod only checks types here; formats (credit code, phones,
 * money with 万/亿) are checked by the domain rules, which give localised, field-named errors.
 */
function httpTypeOf(rule: FieldRule): z.ZodType {
  switch (rule.kind) {
    case 'enum':
      return z.enum(rule.values as [string, ...string[]]).nullable();
    case 'int':
      return z.union([z.number().int(), z.string()]).nullable();
    case 'money':
      return z
        .union([z.string(), z.number()])
        .nullable()
        .describe('Amount in 元; accepts ¥, separators, 万 and 亿');
    default:
      return z.string().nullable();
  }
}

const inputShape = Object.fromEntries(
  Object.entries(CUSTOMER_RULES).map(([field, rule]) => [field, httpTypeOf(rule).optional()]),
) as Record<CustomerField, z.ZodOptional<z.ZodType>>;

export const customerInputSchema = z.object(inputShape).strict();

const nullableText = z.string().nullable();

export const customerSchema = classified(
  'customer',
  z.object({
    id: z.number(),
    version: z.number(),
    name: z.string(),
    shortName: nullableText,
    creditCode: z.string(),
    creditCodeCheckWaiver: nullableText,
    nature: z.enum(NATURES),
    industry: z.enum(INDUSTRY_SECTIONS),
    scale: z.enum(SCALES).nullable(),
    employees: z.number().nullable(),
    revenueBand: z.enum(REVENUE_BANDS).nullable(),
    mainProducts: nullableText,
    assets: nullableText.describe('decimal string, 元'),
    shareholderStructure: nullableText,
    strategy: nullableText,
    annualRevenue: nullableText.describe('decimal string, 元'),
    externalCreditRating: nullableText,
    operatingStatus: z.enum(OPERATING_STATUSES),
    bottlenecks: nullableText,
    reputationNotes: nullableText,
    province: z.string(),
    city: nullableText,
    orgUnitId: z.number(),
    address: nullableText,
    postcode: nullableText,
    phone: nullableText,
    fax: nullableText,
    email: nullableText,
    website: nullableText,
    sourceChannel: z.enum(SOURCE_CHANNELS).nullable(),
    kaClass: z.enum(KA_CLASSES).nullable(),
    kaLevel: z.enum(KA_LEVELS),
    relationshipLevel: z.enum(RELATIONSHIP_LEVELS).nullable(),
    relationshipStage: z.enum(RELATIONSHIP_STAGES).nullable(),
    lifecycleStatus: z.enum(LIFECYCLE_STATUSES),
    tier: z.enum(TIERS).nullable(),
    tierSource: z
      .enum(TIER_SOURCES)
      .nullable()
      .describe('C2.6: run, override (人工调整) or appeal'),
    needsSegment: nullableText,
    valueSegment: nullableText,
    completeness: z.number().int().describe('C1.11: 0–100, kept on every write'),
    lastReviewedAt: nullableText.describe('C1.11: last full review (已复核)'),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
).meta({ id: 'Customer', description: FIELD_RULES_NOTE });

export const customerListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  sort: z.enum(CUSTOMER_SORTS).default('name'),
  q: z.string().max(100).optional(),
  orgUnitId: z.coerce.number().int().positive().optional(),
  industry: z.enum(INDUSTRY_SECTIONS).optional(),
  tier: z.enum([...TIERS, 'none']).optional(),
  kaLevel: z.enum(KA_LEVELS).optional(),
  lifecycleStatus: z.enum(LIFECYCLE_STATUSES).optional(),
  kaClass: z.enum(KA_CLASSES).optional(),
  relationshipLevel: z.enum(RELATIONSHIP_LEVELS).optional(),
  relationshipStage: z.enum(RELATIONSHIP_STAGES).optional(),
  needsSegment: z.string().max(50).optional(),
  valueSegment: z.string().max(50).optional(),
  completenessBelow: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .optional()
    .describe('完整度低于 N%: completeness strictly below this percentage'),
  notReviewedThisQuarter: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('本季度未复核: not reviewed since the quarter began (Asia/Shanghai)'),
});

export const customerListSchema = z
  .object({
    items: z.array(
      classified(
        'customerListItem',
        z.object({
          id: z.number(),
          name: z.string(),
          shortName: nullableText,
          creditCode: z.string(),
          industry: z.enum(INDUSTRY_SECTIONS),
          nature: z.enum(NATURES),
          province: z.string(),
          city: nullableText,
          orgUnitId: z.number(),
          orgUnitName: z.string(),
          tier: z.enum(TIERS).nullable(),
          tierSource: z.enum(TIER_SOURCES).nullable(),
          kaLevel: z.enum(KA_LEVELS),
          lifecycleStatus: z.enum(LIFECYCLE_STATUSES),
          kaClass: z.enum(KA_CLASSES).nullable(),
          relationshipLevel: z.enum(RELATIONSHIP_LEVELS).nullable(),
          relationshipStage: z.enum(RELATIONSHIP_STAGES).nullable(),
          needsSegment: nullableText,
          valueSegment: nullableText,
          completeness: z.number().int().describe('0–100'),
          lastReviewedAt: nullableText,
          reviewedThisQuarter: z.boolean(),
          updatedAt: z.string(),
        }),
      ),
    ),
    total: z.number(),
    page: z.number(),
    pageSize: z.number(),
  })
  .meta({ id: 'CustomerList' });
