import {
  bigint,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { contacts, customers } from './customers.ts';
import { users } from './org.ts';
import type {
  BiddingMethod,
  CapacityRating,
  ConsentBasis,
  HandlingStatus,
  NeedKind,
  NeedStatus,
  PerformanceRating,
  PriceLevel,
  ProjectPhase,
  ProjectStatus,
  RecordKind,
} from '../../domain/record-fields.ts';

const customerId = () =>
  bigint('customer_id', { mode: 'number' })
    .notNull()
    .references(() => customers.id);
const money = (name: string) => numeric(name, { precision: 18, scale: 2 });
const stamps = () => ({
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  createdBy: bigint('created_by', { mode: 'number' }).references(() => users.id),
});

/**
 * C1.4 相关重要人士: private details of a key person, sensitive personal information. The
 * fields (family, home address, hobbies, notes) are one AES-256-GCM ciphertext whose associated
 * data is this row's id, so a value copied onto another row fails to decrypt. `key_id` names
 * the key that sealed it, so keys can rotate.
 */
export const keyPersonDetails = pgTable(
  'key_person_details',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    customerId: customerId(),
    contactId: bigint('contact_id', { mode: 'number' })
      .notNull()
      .references(() => contacts.id),
    keyId: text('key_id').notNull(),
    /** base64(iv ‖ ciphertext ‖ tag) of the JSON of the private fields. */
    sealed: text('sealed').notNull(),
    purpose: text('purpose').notNull(),
    consentBasis: text('consent_basis').$type<ConsentBasis>().notNull(),
    consentAt: date('consent_at', { mode: 'string' }).notNull(),
    ...stamps(),
  },
  (t) => [
    uniqueIndex('key_person_details_contact_key').on(t.contactId),
    index('key_person_details_customer_idx').on(t.customerId),
  ],
);

/** C1.8: invoices and their payment, from which on-time rate and overdue days follow. */
export const payments = pgTable(
  'payments',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    customerId: customerId(),
    invoiceNo: text('invoice_no'),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    amount: money('amount').notNull(),
    paidOn: date('paid_on', { mode: 'string' }),
    paidAmount: money('paid_amount'),
    externalId: text('external_id'),
    notes: text('notes'),
    ...stamps(),
  },
  (t) => [
    index('payments_customer_due_idx').on(t.customerId, t.dueOn),
    uniqueIndex('payments_external_id_key').on(t.externalId),
  ],
);

/** C1.8: the account team's credit judgement; one row per customer. */
export const creditProfiles = pgTable('credit_profiles', {
  customerId: bigint('customer_id', { mode: 'number' })
    .primaryKey()
    .references(() => customers.id),
  paymentCapacity: text('payment_capacity').$type<CapacityRating>(),
  contractPerformance: text('contract_performance').$type<PerformanceRating>(),
  creditLimit: money('credit_limit'),
  financialStatusNotes: text('financial_status_notes'),
  ...stamps(),
});

/** C1.6 需求信息. */
export const needs = pgTable(
  'needs',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    customerId: customerId(),
    kind: text('kind').$type<NeedKind>().notNull(),
    title: text('title').notNull(),
    /** Product needs: function, variety, specification, target price. */
    function: text('function'),
    variety: text('variety'),
    specification: text('specification'),
    targetPrice: money('target_price'),
    /** Service needs: how quickly the customer expects an answer or a visit. */
    timeliness: text('timeliness'),
    status: text('status').$type<NeedStatus>().notNull().default('open'),
    notes: text('notes'),
    ...stamps(),
  },
  (t) => [index('needs_customer_idx').on(t.customerId)],
);

/** C1.7 项目合作情况: projects and contracts, with the follow-on value that drives KA level. */
export const projects = pgTable(
  'projects',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    customerId: customerId(),
    name: text('name').notNull(),
    phase: text('phase').$type<ProjectPhase>().notNull(),
    status: text('status').$type<ProjectStatus>().notNull(),
    contractValue: money('contract_value'),
    expectedFollowOnValue: money('expected_follow_on_value'),
    biddingMethod: text('bidding_method').$type<BiddingMethod>(),
    contractHabits: text('contract_habits'),
    priceLevel: text('price_level').$type<PriceLevel>(),
    startOn: date('start_on', { mode: 'string' }),
    endOn: date('end_on', { mode: 'string' }),
    notes: text('notes'),
    ...stamps(),
  },
  (t) => [index('projects_customer_idx').on(t.customerId)],
);

/** C1.9 各类重要记录: meetings, conversations, visits, complaints and their handling. */
export const customerRecords = pgTable(
  'customer_records',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    customerId: customerId(),
    kind: text('kind').$type<RecordKind>().notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    title: text('title').notNull(),
    content: text('content'),
    participants: text('participants'),
    handling: text('handling'),
    handlingStatus: text('handling_status').$type<HandlingStatus>(),
    ...stamps(),
  },
  (t) => [index('customer_records_customer_time_idx').on(t.customerId, t.occurredAt)],
);
