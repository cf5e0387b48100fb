import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { customers } from './customers.ts';
import { users } from './org.ts';
import { RUN_STATES, type RunState } from '../../domain/scoring/run-states.ts';
import type { ScoringModel, Tier } from '../../domain/scoring/model-types.ts';

/**
 * Scoring storage (SPEC C2.1–C2.3; docs/scoring.md "Storage and SQL"). Every table that belongs
 * to a customer carries `customer_id` and is keyed by it first where it is read per customer,
 * so a distributed PostgreSQL could shard by it.
 */

export type ModelStatus = 'draft' | 'adopted' | 'retired';

export { RUN_STATES, type RunState };

const userRef = (name: string) => bigint(name, { mode: 'number' }).references(() => users.id);
const stamp = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Versions of a scoring model. `model_key` is the model's own id (ScoringModel.id, e.g.
 * 'seed-001'); versions of one key count up from 1. The definition is the whole ScoringModel,
 * checked by the domain's validateModel before it is stored. At most one version is adopted at
 * a time. Only a draft may change or be deleted: a trigger (migration 0006_scoring) refuses edits of an
 * adopted or retired version, and runs may only use adopted versions, so a version referenced
 * by a run never changes.
 */
export const scoringModelVersions = pgTable(
  'scoring_model_versions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    modelKey: text('model_key').notNull(),
    version: integer('version').notNull(),
    status: text('status').$type<ModelStatus>().notNull().default('draft'),
    definition: jsonb('definition').$type<ScoringModel>().notNull(),
    createdAt: stamp('created_at').notNull(),
    createdBy: userRef('created_by'),
    adoptedAt: stamp('adopted_at'),
    adoptedBy: userRef('adopted_by'),
    retiredAt: stamp('retired_at'),
    retiredBy: userRef('retired_by'),
    /** Optimistic lock of a draft's edits (If-Match). */
    revision: integer('revision').notNull().default(1),
  },
  (t) => [
    uniqueIndex('scoring_model_versions_key_version_key').on(t.modelKey, t.version),
    // All adopted rows share the value 'adopted', so a unique index over them allows one.
    uniqueIndex('scoring_model_versions_one_adopted_key')
      .on(t.status)
      .where(sql`${t.status} = 'adopted'`),
    check('scoring_model_versions_status', sql`${t.status} IN ('draft', 'adopted', 'retired')`),
    check('scoring_model_versions_version_positive', sql`${t.version} > 0`),
    check(
      'scoring_model_versions_adopted_stamp',
      sql`${t.status} <> 'adopted' OR ${t.adoptedAt} IS NOT NULL`,
    ),
  ],
);

/**
 * Ratings of rated indicators (C2.2), append-only: the latest row per customer and indicator
 * is the current rating, earlier rows are its history. `model_version_id` is the version whose
 * scale the rater used; a run checks that the value is a point of its own version's scale.
 */
export const customerRatings = pgTable(
  'customer_ratings',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    customerId: bigint('customer_id', { mode: 'number' })
      .notNull()
      .references(() => customers.id),
    indicatorId: text('indicator_id').notNull(),
    modelVersionId: bigint('model_version_id', { mode: 'number' })
      .notNull()
      .references(() => scoringModelVersions.id),
    value: integer('value').notNull(),
    ratedBy: userRef('rated_by'),
    ratedAt: stamp('rated_at').notNull(),
    note: text('note'),
  },
  (t) => [
    // The run reads the latest rating per (customer, indicator) in this order.
    index('customer_ratings_current_idx').on(
      t.customerId,
      t.indicatorId,
      t.ratedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
  ],
);

/**
 * An evaluation run (评估, C2.3): a period, a model version and a state, with who moved it
 * into each state and when. `computed_as_of` is the calendar day a computation took as
 * "today" (invoices fall due by it), kept so a result can be explained and reproduced.
 */
export const scoringRuns = pgTable(
  'scoring_runs',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    periodLabel: text('period_label').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    modelVersionId: bigint('model_version_id', { mode: 'number' })
      .notNull()
      .references(() => scoringModelVersions.id),
    state: text('state').$type<RunState>().notNull().default('draft'),
    appealWindowDays: integer('appeal_window_days').notNull().default(7),
    scoredCount: integer('scored_count'),
    computedAsOf: date('computed_as_of', { mode: 'string' }),
    createdAt: stamp('created_at').notNull(),
    createdBy: userRef('created_by'),
    computedAt: stamp('computed_at'),
    computedBy: userRef('computed_by'),
    reviewStartedAt: stamp('review_started_at'),
    reviewStartedBy: userRef('review_started_by'),
    publishedAt: stamp('published_at'),
    publishedBy: userRef('published_by'),
    appealOpenedAt: stamp('appeal_opened_at'),
    appealOpenedBy: userRef('appeal_opened_by'),
    appealClosesAt: stamp('appeal_closes_at'),
    finalisedAt: stamp('finalised_at'),
    finalisedBy: userRef('finalised_by'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('scoring_runs_period_idx').on(t.periodLabel, t.id),
    index('scoring_runs_state_idx').on(t.state, t.id),
    check(
      'scoring_runs_state',
      sql`${t.state} IN ('draft', 'computed', 'under_review', 'published', 'appeal_window', 'final')`,
    ),
    check('scoring_runs_period_order', sql`${t.periodEnd} >= ${t.periodStart}`),
    check('scoring_runs_appeal_window_days', sql`${t.appealWindowDays} BETWEEN 0 AND 90`),
    check('scoring_runs_version_positive', sql`${t.version} > 0`),
  ],
);

/**
 * One customer's result in one run. The per-indicator lines are three arrays in the order of
 * the run's model version (`indicatorsOf(model)`, immutable once a run uses it): the raw values
 * (NULL = missing, so the missing score or default rating was used; a rating is its point),
 * the normalised scores in hundredths and the contributions in ten-thousandths, exactly as the
 * oracle's decimal strings say ('87.35' = 8735, '26.2050' = 262050). Arrays rather than a jsonb
 * object or a child table: the run writes one narrow row per customer and an explanation reads
 * one row by its key; building the same lines as jsonb cost 1.5 s per 100,000 customers of
 * the default model against 0.06 s as arrays (PostgreSQL 15, measured), and a child table
 * would write twelve rows per customer.
 */
export const customerScores = pgTable(
  'customer_scores',
  {
    // No foreign keys (migration 0016): their two checks per row were 1.5 s of a 100,000-customer
    // run's 7 s. The one statement that writes these rows reads them from `customers` for a run
    // it holds locked, and neither customers nor runs are ever deleted (a merged file stays).
    runId: bigint('run_id', { mode: 'number' }).notNull(),
    customerId: bigint('customer_id', { mode: 'number' }).notNull(),
    total: numeric('total', { precision: 5, scale: 2 }).notNull(),
    tier: text('tier').$type<Tier>().notNull(),
    raws: numeric('raws').array().notNull(),
    scores: smallint('scores').array().notNull(),
    contributions: integer('contributions').array().notNull(),
    /** When this row last changed (an unchanged recomputation leaves it alone). */
    computedAt: stamp('computed_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.runId, t.customerId] }),
    index('customer_scores_customer_idx').on(t.customerId, t.runId),
    check('customer_scores_tier', sql`${t.tier} IN ('A', 'B', 'C', 'D')`),
  ],
);
