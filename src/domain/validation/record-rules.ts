import { TRANSACTION_CHANNELS } from '../customer-fields.ts';
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
} from '../record-fields.ts';
import type { FieldRule } from './field-rules.ts';

/**
 * What the records kept around a customer accept (SPEC C1.5–C1.9). Each record's issues are
 * named `<prefix>.<field>` (see RECORD_ISSUE_PREFIX), so an error says "发票金额", not "金额".
 * Checks that span fields (profit = amount − cost, due after issue…) are in record-checks.ts.
 */

/** C1.5: an order entered by hand. Quantity is a decimal (NUMERIC(18,3)), see record-values.ts. */
export const TRANSACTION_RULES = {
  occurredOn: { kind: 'date', required: true },
  amount: { kind: 'money', required: true },
  cost: { kind: 'money' },
  profit: { kind: 'money' },
  product: { kind: 'text', max: 200 },
  quantity: { kind: 'text', max: 30 },
  channel: { kind: 'enum', values: TRANSACTION_CHANNELS },
  externalId: { kind: 'text', max: 100 },
} as const satisfies Record<string, FieldRule>;

/** C1.8: an invoice and, once the money arrives, its payment. */
export const PAYMENT_RULES = {
  invoiceNo: { kind: 'text', max: 50 },
  issuedOn: { kind: 'date', required: true },
  dueOn: { kind: 'date', required: true },
  amount: { kind: 'money', required: true },
  paidOn: { kind: 'date' },
  paidAmount: { kind: 'money' },
  externalId: { kind: 'text', max: 100 },
  notes: { kind: 'text', max: 2000 },
} as const satisfies Record<string, FieldRule>;

/** C1.8: the account team's credit judgement, one per customer. */
export const CREDIT_PROFILE_RULES = {
  paymentCapacity: { kind: 'enum', values: CAPACITY_RATINGS },
  contractPerformance: { kind: 'enum', values: PERFORMANCE_RATINGS },
  creditLimit: { kind: 'money' },
  financialStatusNotes: { kind: 'text', max: 4000 },
} as const satisfies Record<string, FieldRule>;

/** C1.6 需求信息: product needs (function, variety, spec, price) and service needs. */
export const NEED_RULES = {
  kind: { kind: 'enum', values: NEED_KINDS, required: true },
  title: { kind: 'text', max: 200, required: true },
  function: { kind: 'text', max: 1000 },
  variety: { kind: 'text', max: 200 },
  specification: { kind: 'text', max: 1000 },
  targetPrice: { kind: 'money' },
  timeliness: { kind: 'text', max: 200 },
  status: { kind: 'enum', values: NEED_STATUSES },
  notes: { kind: 'text', max: 4000 },
} as const satisfies Record<string, FieldRule>;

/** C1.7 项目合作情况: past, ongoing and upcoming projects and their contracts. */
export const PROJECT_RULES = {
  name: { kind: 'text', max: 200, required: true },
  phase: { kind: 'enum', values: PROJECT_PHASES, required: true },
  status: { kind: 'enum', values: PROJECT_STATUSES, required: true },
  contractValue: { kind: 'money' },
  expectedFollowOnValue: { kind: 'money' },
  biddingMethod: { kind: 'enum', values: BIDDING_METHODS },
  contractHabits: { kind: 'text', max: 2000 },
  priceLevel: { kind: 'enum', values: PRICE_LEVELS },
  startOn: { kind: 'date' },
  endOn: { kind: 'date' },
  notes: { kind: 'text', max: 4000 },
} as const satisfies Record<string, FieldRule>;

/**
 * C1.9 各类重要记录. `occurredAt` is an instant, which the field rules do not model: the text rule
 * bounds it and record-values.ts parses it (a time without a zone is Beijing time).
 */
export const TIMELINE_RULES = {
  kind: { kind: 'enum', values: RECORD_KINDS, required: true },
  occurredAt: { kind: 'text', max: 40, required: true },
  title: { kind: 'text', max: 200, required: true },
  content: { kind: 'text', max: 10_000 },
  participants: { kind: 'text', max: 500 },
  handling: { kind: 'text', max: 4000 },
  handlingStatus: { kind: 'enum', values: HANDLING_STATUSES },
} as const satisfies Record<string, FieldRule>;

/** C1.13: the group a customer belongs to; null takes it out of its group. */
export const GROUP_PARENT_RULES = {
  parentCustomerId: { kind: 'int', min: 1, max: Number.MAX_SAFE_INTEGER },
} as const satisfies Record<string, FieldRule>;

export type TransactionField = keyof typeof TRANSACTION_RULES;
export type PaymentField = keyof typeof PAYMENT_RULES;
export type CreditProfileField = keyof typeof CREDIT_PROFILE_RULES;
export type NeedField = keyof typeof NEED_RULES;
export type ProjectField = keyof typeof PROJECT_RULES;
export type TimelineField = keyof typeof TIMELINE_RULES;

/** Issue-path prefixes, one per record type (labels in src/domain/i18n/field-labels.ts). */
export const RECORD_ISSUE_PREFIX = {
  transaction: 'transaction.',
  payment: 'payment.',
  credit: 'credit.',
  need: 'need.',
  project: 'project.',
  record: 'record.',
} as const;
export type RecordType = keyof typeof RECORD_ISSUE_PREFIX;
