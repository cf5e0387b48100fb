import { and, count, desc, eq, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db-types.ts';
import { countOf, offsetOf, type PageRequest } from '../records/paging.ts';
import {
  customers,
  customerScores,
  scoringRuns,
  tierOverrides,
  users,
  type OverrideState,
} from '../schema/index.ts';

export type OverrideRow = typeof tierOverrides.$inferSelect;
export type NewOverrideRow = typeof tierOverrides.$inferInsert;

const proposer = alias(users, 'proposer');
const decider = alias(users, 'decider');

/** An override with what a screen shows beside it: the customer, the run, the computed tier. */
const viewColumns = {
  override: tierOverrides,
  customerName: customers.name,
  periodLabel: scoringRuns.periodLabel,
  runState: scoringRuns.state,
  computedTier: customerScores.tier,
  proposedByName: proposer.displayName,
  decidedByName: decider.displayName,
};

export type OverrideView = Awaited<ReturnType<typeof viewQuery>>[number];

/**
 * Overrides with their customer and run, filtered by `where`. The caller's scope predicates
 * refer to `customers` and `scoring_runs` unaliased, which is how this query names them.
 */
function viewQuery(db: DbOrTx, where: SQL | undefined) {
  return db
    .select(viewColumns)
    .from(tierOverrides)
    .innerJoin(customers, eq(customers.id, tierOverrides.customerId))
    .innerJoin(scoringRuns, eq(scoringRuns.id, tierOverrides.runId))
    .leftJoin(
      customerScores,
      and(
        eq(customerScores.runId, tierOverrides.runId),
        eq(customerScores.customerId, tierOverrides.customerId),
      ),
    )
    .leftJoin(proposer, eq(proposer.id, tierOverrides.proposedBy))
    .leftJoin(decider, eq(decider.id, tierOverrides.decidedBy))
    .where(where);
}

/** One override as its viewer may see it (`scope`), or undefined. */
export async function findOverrideView(
  db: DbOrTx,
  id: number,
  scope: SQL,
): Promise<OverrideView | undefined> {
  const [row] = await viewQuery(db, and(eq(tierOverrides.id, id), scope));
  return row;
}

/** A page of overrides, newest proposal first, with the total for the pager. */
export async function listOverrideViews(
  db: DbOrTx,
  where: SQL,
  page: PageRequest,
): Promise<{ rows: OverrideView[]; total: number }> {
  const [rows, [total]] = await Promise.all([
    viewQuery(db, where)
      .orderBy(desc(tierOverrides.proposedAt), desc(tierOverrides.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db
      .select({ count: count() })
      .from(tierOverrides)
      .innerJoin(customers, eq(customers.id, tierOverrides.customerId))
      .innerJoin(scoringRuns, eq(scoringRuns.id, tierOverrides.runId))
      .where(where),
  ]);
  return { rows, total: countOf(total) };
}

/** The row itself, locked for a state change when asked. */
export async function findOverride(
  db: DbOrTx,
  id: number,
  lock = false,
): Promise<OverrideRow | undefined> {
  const query = db.select().from(tierOverrides).where(eq(tierOverrides.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** The open (proposed) override of a customer in a run: at most one (a partial unique index). */
export async function findOpenOverride(
  db: DbOrTx,
  runId: number,
  customerId: number,
): Promise<OverrideRow | undefined> {
  const [row] = await db
    .select()
    .from(tierOverrides)
    .where(
      and(
        eq(tierOverrides.runId, runId),
        eq(tierOverrides.customerId, customerId),
        eq(tierOverrides.state, 'proposed'),
      ),
    );
  return row;
}

export async function insertOverride(tx: DbOrTx, values: NewOverrideRow): Promise<OverrideRow> {
  const [row] = await tx.insert(tierOverrides).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/**
 * Changes an override's state only while it is still in `from` and at `version`; undefined when
 * someone else changed it first. The version counts up with every change (If-Match).
 */
export async function updateOverrideIfVersion(
  tx: DbOrTx,
  id: number,
  version: number,
  from: OverrideState,
  values: Partial<NewOverrideRow>,
): Promise<OverrideRow | undefined> {
  const [row] = await tx
    .update(tierOverrides)
    .set({ ...values, version: sql`${tierOverrides.version} + 1` })
    .where(
      and(
        eq(tierOverrides.id, id),
        eq(tierOverrides.version, version),
        eq(tierOverrides.state, from),
      ),
    )
    .returning();
  return row;
}

/**
 * Only one approved override per run and customer decides the tier: approving a new one
 * withdraws the earlier approved ones, with a note naming the one that replaced them. Returns
 * the rows withdrawn.
 */
export async function supersedeApprovedOverrides(
  tx: DbOrTx,
  input: { runId: number; customerId: number; byId: number; note: string },
): Promise<OverrideRow[]> {
  return tx
    .update(tierOverrides)
    .set({
      state: 'withdrawn',
      decisionNote: input.note,
      version: sql`${tierOverrides.version} + 1`,
    })
    .where(
      and(
        eq(tierOverrides.runId, input.runId),
        eq(tierOverrides.customerId, input.customerId),
        eq(tierOverrides.state, 'approved'),
        ne(tierOverrides.id, input.byId),
      ),
    )
    .returning();
}
