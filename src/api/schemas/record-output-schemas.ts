import { z } from 'zod';
import { classified, FIELD_RULES_NOTE } from './classified-schema.ts';
import { TRANSACTION_CHANNELS } from '../../domain/customer-fields.ts';
import {
  BIDDING_METHODS,
  CAPACITY_RATINGS,
  HANDLING_STATUSES,
  NEED_KINDS,
  NEED_STATUSES,
  PERFORMANCE_RATINGS,
  PRICE_LEVELS,
  PROJECT_PHASES,
  PROJECT_STATUSES,
  RECORD_KINDS,
} from '../../domain/record-fields.ts';

const text = z.string().nullable();
const money = z.string().nullable().describe('decimal string, 元');
const stamps = { version: z.number(), createdAt: z.string(), updatedAt: z.string() };

export const transactionSchema = classified(
  'transaction',
  z.object({
    id: z.number(),
    occurredOn: z.string(),
    amount: z.string().describe('decimal string, 元'),
    cost: money,
    profit: money,
    product: text,
    quantity: text.describe('decimal string, three places'),
    channel: text.describe(`one of ${TRANSACTION_CHANNELS.join(', ')}; imports may carry others`),
    currency: z.string(),
    externalId: text,
    createdAt: z.string(),
    etag: z.string().describe('send as If-Match to edit'),
  }),
).meta({ id: 'Transaction', description: FIELD_RULES_NOTE });

export const paymentSchema = classified(
  'payment',
  z.object({
    id: z.number(),
    invoiceNo: text,
    issuedOn: z.string(),
    dueOn: z.string(),
    amount: z.string().describe('decimal string, 元'),
    paidOn: text,
    paidAmount: money,
    externalId: text,
    notes: text,
    standing: z.enum(['paid_on_time', 'paid_late', 'overdue', 'not_due']),
    days: z.number().nullable().describe('days late (paid_late) or overdue (overdue) as of today'),
    ...stamps,
  }),
).meta({ id: 'Payment', description: FIELD_RULES_NOTE });

export const paymentStatsSchema = classified(
  'paymentStats',
  z.object({
    decidedCount: z.number().describe('invoices settled, or past due unsettled'),
    onTimeCount: z.number().describe('invoices paid in full on or before the due date'),
    onTimeRate: z.number().nullable().describe('onTimeCount ÷ decidedCount, 0–1'),
    overdueCount: z.number(),
    overdueAmount: z.string(),
    maxOverdueDays: z.number().nullable(),
    avgOverdueDays: z.number().nullable(),
    outstandingAmount: z.string(),
  }),
).meta({ id: 'PaymentStats', description: FIELD_RULES_NOTE });

export const creditProfileSchema = classified(
  'creditProfile',
  z.object({
    paymentCapacity: z.enum(CAPACITY_RATINGS).nullable(),
    contractPerformance: z.enum(PERFORMANCE_RATINGS).nullable(),
    creditLimit: money,
    financialStatusNotes: text,
    version: z.number(),
    updatedAt: z.string(),
  }),
).meta({ id: 'CreditProfile', description: FIELD_RULES_NOTE });

export const needSchema = classified(
  'need',
  z.object({
    id: z.number(),
    kind: z.enum(NEED_KINDS),
    title: z.string(),
    function: text,
    variety: text,
    specification: text,
    targetPrice: money,
    timeliness: text,
    status: z.enum(NEED_STATUSES),
    notes: text,
    ...stamps,
  }),
).meta({ id: 'Need', description: FIELD_RULES_NOTE });

export const projectSchema = classified(
  'project',
  z.object({
    id: z.number(),
    name: z.string(),
    phase: z.enum(PROJECT_PHASES),
    status: z.enum(PROJECT_STATUSES),
    contractValue: money,
    expectedFollowOnValue: money,
    biddingMethod: z.enum(BIDDING_METHODS).nullable(),
    contractHabits: text,
    priceLevel: z.enum(PRICE_LEVELS).nullable(),
    startOn: text,
    endOn: text,
    notes: text,
    ...stamps,
  }),
).meta({ id: 'Project', description: FIELD_RULES_NOTE });

export const timelineRecordSchema = classified(
  'timelineRecord',
  z.object({
    id: z.number(),
    kind: z.enum(RECORD_KINDS),
    occurredAt: z.string(),
    title: z.string(),
    content: text,
    participants: text,
    handling: text,
    handlingStatus: z.enum(HANDLING_STATUSES).nullable(),
    ...stamps,
  }),
).meta({ id: 'TimelineRecord', description: FIELD_RULES_NOTE });

function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number(),
    page: z.number(),
    pageSize: z.number(),
    permissions: z.object({ edit: z.boolean() }),
  });
}

export const transactionPageSchema = pageSchema(transactionSchema).meta({ id: 'TransactionPage' });
export const paymentPageSchema = classified(
  'paymentPage',
  pageSchema(paymentSchema).extend({ stats: paymentStatsSchema }),
).meta({ id: 'PaymentPage', description: FIELD_RULES_NOTE });
export const needPageSchema = pageSchema(needSchema).meta({ id: 'NeedPage' });
export const projectPageSchema = pageSchema(projectSchema).meta({ id: 'ProjectPage' });
export const timelinePageSchema = pageSchema(timelineRecordSchema).meta({ id: 'TimelinePage' });

export const creditFileSchema = classified(
  'creditFile',
  z.object({
    profile: creditProfileSchema.nullable(),
    externalCreditRating: text,
    payments: paymentStatsSchema,
    permissions: z.object({ edit: z.boolean() }),
  }),
).meta({ id: 'CreditFile', description: FIELD_RULES_NOTE });

export const groupParentSchema = z
  .object({ id: z.number(), parentCustomerId: z.number().nullable(), version: z.number() })
  .meta({ id: 'GroupParent' });
