import { isNull, sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { orgUnits, users } from './org.ts';
import type { TierSource } from '../../domain/scoring/tier-source.ts';
import type {
  IndustrySection,
  KaClass,
  KaLevel,
  LifecycleStatus,
  Nature,
  OperatingStatus,
  RelationshipLevel,
  RelationshipStage,
  RevenueBand,
  Scale,
  SourceChannel,
  TeamAccessLevel,
  Tier,
} from '../../domain/customer-fields.ts';

/**
 * The customer file (SPEC C1.1 profile + C1.2 classification). The columns a list filters and
 * sorts by live here, each with a composite index led by the org unit, because every scoped
 * list starts from the org unit or the account team (docs/architecture.md, "lists").
 */
export const customers = pgTable(
  'customers',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    creditCode: text('credit_code').notNull(),
    /** Set when a privileged user accepted a credit code whose check character is wrong. */
    creditCodeCheckWaiver: text('credit_code_check_waiver'),
    nature: text('nature').$type<Nature>().notNull(),
    industry: text('industry').$type<IndustrySection>().notNull(),
    scale: text('scale').$type<Scale>(),
    employees: integer('employees'),
    revenueBand: text('revenue_band').$type<RevenueBand>(),
    mainProducts: text('main_products'),
    assets: numeric('assets', { precision: 18, scale: 2 }),
    shareholderStructure: text('shareholder_structure'),
    strategy: text('strategy'),
    annualRevenue: numeric('annual_revenue', { precision: 18, scale: 2 }),
    externalCreditRating: text('external_credit_rating'),
    operatingStatus: text('operating_status')
      .$type<OperatingStatus>()
      .notNull()
      .default('operating'),
    bottlenecks: text('bottlenecks'),
    reputationNotes: text('reputation_notes'),
    province: text('province').notNull(),
    city: text('city'),
    orgUnitId: bigint('org_unit_id', { mode: 'number' })
      .notNull()
      .references(() => orgUnits.id),
    address: text('address'),
    postcode: text('postcode'),
    phone: text('phone'),
    fax: text('fax'),
    email: text('email'),
    website: text('website'),
    sourceChannel: text('source_channel').$type<SourceChannel>(),
    kaClass: text('ka_class').$type<KaClass>(),
    kaLevel: text('ka_level').$type<KaLevel>().notNull().default('none'),
    relationshipLevel: text('relationship_level').$type<RelationshipLevel>(),
    relationshipStage: text('relationship_stage').$type<RelationshipStage>(),
    lifecycleStatus: text('lifecycle_status')
      .$type<LifecycleStatus>()
      .notNull()
      .default('prospect'),
    /** Current tier; written by the scoring cycle (C2.3), null until the first final run. */
    tier: text('tier').$type<Tier>(),
    /** What decided `tier`: the run's score, an approved override or an appeal (C2.6). */
    tierSource: text('tier_source').$type<TierSource>(),
    /**
     * Character bigrams of name and short name for the search index (migration 0003 defines
     * patron_bigrams). Stored, so a search rechecks an array instead of recomputing it per row.
     */
    nameBigrams: text('name_bigrams')
      .array()
      .generatedAlwaysAs(sql`patron_bigrams(name || ' ' || coalesce(short_name, ''))`),
    needsSegment: text('needs_segment'),
    valueSegment: text('value_segment'),
    /** C1.13 集团客户: the group this customer belongs to. */
    parentCustomerId: bigint('parent_customer_id', { mode: 'number' }),
    /** C1.11: set when this file was merged into another; merged files leave every list. */
    mergedIntoId: bigint('merged_into_id', { mode: 'number' }),
    /** C1.11: the last full review of the file (seed 001 asks one each quarter). */
    lastReviewedAt: timestamp('last_reviewed_at', { withTimezone: true }),
    /** C1.11: share (0–100) of the recommended fields that are filled, kept on every write. */
    completeness: integer('completeness').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    createdBy: bigint('created_by', { mode: 'number' }).references(() => users.id),
    updatedBy: bigint('updated_by', { mode: 'number' }).references(() => users.id),
  },
  (t) => [
    uniqueIndex('customers_credit_code_key').on(t.creditCode),
    // The list indexes hold live files only (every read scope says merged_into_id IS NULL), so
    // counts stay index-only scans: with the column outside the index, the count of a region's
    // B-tier visited 5,459 heap pages (9.4 ms against 0.8 ms, PostgreSQL, 100k customers).
    // They end in `id` (migration 0018): a read scope that also grants the user's account teams
    // tests `customers.id`, and without it in the index the same count went to the heap again
    // (5,436 pages, 59 ms); `id` is also the sort's tie-break, so the page reads in index order.
    index('customers_org_tier_name_idx')
      .on(t.orgUnitId, t.tier, t.name, t.id)
      .where(isNull(t.mergedIntoId)),
    index('customers_org_updated_idx')
      .on(t.orgUnitId, t.updatedAt, t.id)
      .where(isNull(t.mergedIntoId)),
    index('customers_tier_name_idx').on(t.tier, t.name, t.id).where(isNull(t.mergedIntoId)),
    index('customers_name_idx').on(t.name, t.id).where(isNull(t.mergedIntoId)),
    // Name search uses the bigram index alone (migration 0017 dropped the two pg_trgm indexes:
    // searches of three or more characters ran as fast or faster without them, 新能源 17.6 →
    // 14.6 ms at 100,000 customers, and each was a GIN insert for every new customer).
    index('customers_credit_code_prefix_idx').on(sql`${t.creditCode} text_pattern_ops`),
    index('customers_parent_idx').on(t.parentCustomerId),
    index('customers_name_bigrams_idx').using('gin', t.nameBigrams),
    check('customers_version_positive', sql`${t.version} > 0`),
  ],
);

/** The account team (C7.2): who works on which customer. Scope for KA managers and support. */
export const customerTeam = pgTable(
  'customer_team',
  {
    customerId: bigint('customer_id', { mode: 'number' })
      .notNull()
      .references(() => customers.id),
    userId: bigint('user_id', { mode: 'number' })
      .notNull()
      .references(() => users.id),
    teamRole: text('team_role').notNull(),
    /** `read` or `edit` (C7.2): what this member may do with the file, whatever the team role. */
    accessLevel: text('access_level').$type<TeamAccessLevel>().notNull().default('read'),
    since: timestamp('since', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.userId] }),
    index('customer_team_user_idx').on(t.userId, t.customerId),
  ],
);

export const contacts = pgTable(
  'contacts',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    customerId: bigint('customer_id', { mode: 'number' })
      .notNull()
      .references(() => customers.id),
    name: text('name').notNull(),
    gender: text('gender').notNull().default('unknown'),
    birthday: date('birthday', { mode: 'string' }),
    title: text('title'),
    department: text('department'),
    /** E.164, e.g. +8613812345678. */
    mobile: text('mobile'),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    buyingRole: text('buying_role'),
    isKeyPerson: boolean('is_key_person').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('contacts_customer_idx').on(t.customerId)],
);

/**
 * Purchase history (C1.5), usually pushed from an ERP. Amounts are exact decimals. That
 * `customer_id` names a customer is checked once per statement by triggers (migration 0020),
 * not by a foreign key, whose check per row took a third of an import's INSERT.
 */
export const transactions = pgTable(
  'transactions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    customerId: bigint('customer_id', { mode: 'number' }).notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    amount: numeric('amount', { precision: 18, scale: 2 }).notNull(),
    cost: numeric('cost', { precision: 18, scale: 2 }),
    profit: numeric('profit', { precision: 18, scale: 2 }),
    product: text('product'),
    quantity: numeric('quantity', { precision: 18, scale: 3 }),
    channel: text('channel'),
    currency: text('currency').notNull().default('CNY'),
    externalId: text('external_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('transactions_customer_date_idx').on(t.customerId, t.occurredOn),
    uniqueIndex('transactions_external_id_key').on(t.externalId),
  ],
);
