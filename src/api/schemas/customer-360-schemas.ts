import { z } from 'zod';
import { classified, FIELD_RULES_NOTE } from './classified-schema.ts';
import { TEAM_ACCESS_LEVELS, TIERS } from '../../domain/customer-fields.ts';
import { customerSchema } from './customer-schemas.ts';
import { creditProfileSchema, paymentStatsSchema } from './record-output-schemas.ts';

const nullableText = z.string().nullable();

export const contactSchema = classified(
  'contact',
  z.object({
    id: z.number(),
    name: z.string(),
    gender: z.string(),
    birthday: nullableText,
    title: nullableText,
    department: nullableText,
    mobile: nullableText.describe('E.164, or masked: 138****5678'),
    phone: nullableText,
    email: nullableText,
    address: nullableText,
    buyingRole: nullableText,
    isKeyPerson: z.boolean(),
    erasedAt: nullableText.describe('C7.7: when the personal data was erased (个人信息已删除)'),
  }),
).meta({ id: 'Contact', description: FIELD_RULES_NOTE });

const tierCounts = z.object({
  A: z.number(),
  B: z.number(),
  C: z.number(),
  D: z.number(),
  none: z.number(),
});

/** C1.13: only what the viewer may read — a hidden parent is flagged, never named. */
const groupSchema = classified(
  'group',
  z.object({
    parent: z.object({ id: z.number(), name: z.string() }).nullable(),
    parentHidden: z.boolean(),
    subsidiaries: z.array(
      classified(
        'groupSubsidiary',
        z.object({
          id: z.number(),
          name: z.string(),
          tier: z.enum(TIERS).nullable(),
          parentCustomerId: z.number(),
          depth: z.number(),
          last12Months: z.string(),
        }),
      ),
    ),
    rollup: classified(
      'groupRollup',
      z.object({
        subsidiaries: z.number(),
        last12Months: z.string(),
        lifetime: z.string(),
        contacts: z.number(),
        projects: z.number(),
        contractValue: z.string(),
        tiers: tierCounts,
      }),
    )
      .nullable()
      .describe('this customer and its readable subsidiaries together'),
  }),
);

export const customer360Schema = classified(
  'customer360',
  z.object({
    customer: customerSchema,
    orgUnit: z.object({ id: z.number(), code: z.string(), name: z.string() }),
    team: z.array(
      z.object({
        userId: z.number(),
        displayName: z.string(),
        teamRole: z.string(),
        accessLevel: z.enum(TEAM_ACCESS_LEVELS).describe('read 只读 or edit 可编辑'),
      }),
    ),
    contacts: z.array(contactSchema),
    purchases: classified(
      'purchaseTotals',
      z.object({
        last12Months: z.string(),
        lifetime: z.string(),
        lastPurchaseOn: nullableText,
        orders12Months: z.number(),
      }),
    ),
    purchaseSeries: z.object({
      monthly: z
        .array(z.object({ month: z.string(), amount: z.string(), orders: z.number() }))
        .describe('the last 36 calendar months, oldest first, YYYY-MM'),
      yearly: z
        .array(z.object({ year: z.number(), amount: z.string(), orders: z.number() }))
        .describe('from the first order year to this year'),
    }),
    payments: paymentStatsSchema,
    credit: creditProfileSchema.nullable(),
    counts: z.object({
      transactions: z.number(),
      payments: z.number(),
      needs: z.number(),
      openNeeds: z.number(),
      projects: z.number(),
      timeline: z.number(),
      openComplaints: z.number(),
    }),
    group: groupSchema,
    permissions: z.object({ edit: z.boolean() }),
  }),
).meta({ id: 'Customer360', description: FIELD_RULES_NOTE });

export const auditListSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.number(),
        at: z.string(),
        actorName: z.string(),
        action: z.string(),
        before: z.unknown(),
        after: z.unknown(),
      }),
    ),
  })
  .meta({ id: 'AuditList' });
