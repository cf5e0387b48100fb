import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  customType,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { Tier } from '../../domain/scoring/model-types.ts';
import type { TierSource } from '../../domain/scoring/tier-source.ts';
import { customers } from './customers.ts';
import { users } from './org.ts';
import { scoringModelVersions, scoringRuns } from './scoring.ts';

/**
 * What decides a customer's effective tier (SPEC C2.3, C2.6, C2.7): the tier history written
 * when a run becomes final, the overrides the committee approves and the appeals it decides.
 * Every table carries `customer_id` (docs/scoring.md "Storage and SQL").
 */

const userRef = (name: string) => bigint(name, { mode: 'number' }).references(() => users.id);
const stamp = (name: string) => timestamp(name, { withTimezone: true });
const customerRef = () =>
  bigint('customer_id', { mode: 'number' })
    .notNull()
    .references(() => customers.id);
const runRef = () =>
  bigint('run_id', { mode: 'number' })
    .notNull()
    .references(() => scoringRuns.id);
const TIER_CHECK = (column: unknown) => sql`${column} IN ('A', 'B', 'C', 'D')`;

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  // PGlite hands back a Uint8Array, node-postgres a Buffer.
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * The effective tier of a customer over time: one row per final run (C2.3). `computed_tier`
 * is what the run's score gave; `tier` is what took effect, which differs when an approved
 * override or a changed appeal decided it (`source`, with the deciding row's id).
 */
export const tierHistory = pgTable(
  'tier_history',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    customerId: customerRef(),
    runId: runRef(),
    modelVersionId: bigint('model_version_id', { mode: 'number' })
      .notNull()
      .references(() => scoringModelVersions.id),
    tier: text('tier').$type<Tier>().notNull(),
    total: numeric('total', { precision: 5, scale: 2 }),
    effectiveAt: stamp('effective_at').notNull(),
    source: text('source').$type<TierSource>().notNull().default('run'),
    computedTier: text('computed_tier').$type<Tier>(),
    overrideId: bigint('override_id', { mode: 'number' }),
    appealId: bigint('appeal_id', { mode: 'number' }),
  },
  (t) => [
    uniqueIndex('tier_history_customer_run_key').on(t.customerId, t.runId),
    index('tier_history_customer_time_idx').on(t.customerId, t.effectiveAt),
    index('tier_history_run_idx').on(t.runId),
    check('tier_history_tier', TIER_CHECK(t.tier)),
    check('tier_history_source', sql`${t.source} IN ('run', 'override', 'appeal')`),
  ],
);

export type OverrideState = 'proposed' | 'approved' | 'rejected' | 'withdrawn';

/**
 * A tier set by hand (C2.6): a manager proposes a tier for a customer in a run that is not yet
 * final, with a reason; the committee approves or rejects it. An approved override decides the
 * tier when the run becomes final. One open proposal per run and customer at a time.
 */
export const tierOverrides = pgTable(
  'tier_overrides',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    customerId: customerRef(),
    runId: runRef(),
    tier: text('tier').$type<Tier>().notNull(),
    reason: text('reason').notNull(),
    state: text('state').$type<OverrideState>().notNull().default('proposed'),
    proposedBy: userRef('proposed_by'),
    proposedAt: stamp('proposed_at').notNull(),
    decidedBy: userRef('decided_by'),
    decidedAt: stamp('decided_at'),
    decisionNote: text('decision_note'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('tier_overrides_customer_idx').on(t.customerId, t.runId),
    index('tier_overrides_run_state_idx').on(t.runId, t.state),
    uniqueIndex('tier_overrides_one_open_key')
      .on(t.runId, t.customerId)
      .where(sql`${t.state} = 'proposed'`),
    check('tier_overrides_tier', TIER_CHECK(t.tier)),
    check(
      'tier_overrides_state',
      sql`${t.state} IN ('proposed', 'approved', 'rejected', 'withdrawn')`,
    ),
    check(
      'tier_overrides_decided',
      sql`${t.state} IN ('proposed', 'withdrawn') OR ${t.decidedAt} IS NOT NULL`,
    ),
  ],
);

export type AppealState = 'filed' | 'assigned' | 'decided';
export type AppealOutcome = 'upheld' | 'changed';

/**
 * An appeal (申诉, C2.7) against a customer's tier in a published run, filed during the appeal
 * window by an employee with the customer in scope, with a reason and evidence. The committee
 * assigns an investigator (a committee member), who answers: upheld (the tier stands) or
 * changed (to `decided_tier`, which then decides the tier when the run becomes final).
 */
export const tierAppeals = pgTable(
  'tier_appeals',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    customerId: customerRef(),
    runId: runRef(),
    reason: text('reason').notNull(),
    requestedTier: text('requested_tier').$type<Tier>(),
    state: text('state').$type<AppealState>().notNull().default('filed'),
    filedBy: userRef('filed_by'),
    filedAt: stamp('filed_at').notNull(),
    investigatorId: userRef('investigator_id'),
    assignedBy: userRef('assigned_by'),
    assignedAt: stamp('assigned_at'),
    outcome: text('outcome').$type<AppealOutcome>(),
    decidedTier: text('decided_tier').$type<Tier>(),
    answer: text('answer'),
    decidedBy: userRef('decided_by'),
    decidedAt: stamp('decided_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('tier_appeals_customer_idx').on(t.customerId, t.runId),
    index('tier_appeals_run_state_idx').on(t.runId, t.state),
    index('tier_appeals_filed_by_idx').on(t.filedBy, t.filedAt),
    check('tier_appeals_state', sql`${t.state} IN ('filed', 'assigned', 'decided')`),
    check(
      'tier_appeals_requested_tier',
      sql`${t.requestedTier} IS NULL OR ${TIER_CHECK(t.requestedTier)}`,
    ),
    check(
      'tier_appeals_decision',
      sql`(${t.state} <> 'decided') OR (${t.outcome} = 'upheld' AND ${t.decidedTier} IS NULL)
        OR (${t.outcome} = 'changed' AND ${TIER_CHECK(t.decidedTier)})`,
    ),
  ],
);

/**
 * Evidence of an appeal: the file itself, in the database, so it is inside the same
 * transaction, the same backup and the same access rules as the appeal (files are small: a
 * few megabytes, a handful per appeal).
 */
export const appealAttachments = pgTable(
  'appeal_attachments',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    appealId: bigint('appeal_id', { mode: 'number' })
      .notNull()
      .references(() => tierAppeals.id),
    customerId: customerRef(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: userRef('uploaded_by'),
    uploadedAt: stamp('uploaded_at').notNull(),
  },
  (t) => [
    index('appeal_attachments_appeal_idx').on(t.appealId),
    check('appeal_attachments_size', sql`${t.sizeBytes} = octet_length(${t.content})`),
  ],
);
