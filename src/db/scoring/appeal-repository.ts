import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db-types.ts';
import { countOf, offsetOf, type PageRequest } from '../records/paging.ts';
import {
  customers,
  customerScores,
  scoringRuns,
  tierAppeals,
  users,
  type AppealState,
} from '../schema/index.ts';

export type AppealRow = typeof tierAppeals.$inferSelect;
export type NewAppealRow = typeof tierAppeals.$inferInsert;

const filer = alias(users, 'filer');
const investigator = alias(users, 'investigator');
const decider = alias(users, 'decider');

/**
 * An appeal with its customer, run and computed tier, and whether this viewer may see its
 * details (`detailsScope`, a predicate over `tier_appeals` and `customers`), computed in the
 * same query so a list needs no second look-up per row.
 */
function viewQuery(db: DbOrTx, where: SQL | undefined, detailsScope: SQL) {
  return db
    .select({
      appeal: tierAppeals,
      customerName: customers.name,
      periodLabel: scoringRuns.periodLabel,
      runState: scoringRuns.state,
      appealClosesAt: scoringRuns.appealClosesAt,
      computedTier: customerScores.tier,
      filedByName: filer.displayName,
      investigatorName: investigator.displayName,
      decidedByName: decider.displayName,
      attachmentCount: sql<number>`(SELECT count(*) FROM appeal_attachments aa
        WHERE aa.appeal_id = ${tierAppeals.id})`.mapWith(Number),
      detailsVisible: sql<boolean>`(${detailsScope})`.mapWith((v) => v === true || v === 't'),
    })
    .from(tierAppeals)
    .innerJoin(customers, eq(customers.id, tierAppeals.customerId))
    .innerJoin(scoringRuns, eq(scoringRuns.id, tierAppeals.runId))
    .leftJoin(
      customerScores,
      and(
        eq(customerScores.runId, tierAppeals.runId),
        eq(customerScores.customerId, tierAppeals.customerId),
      ),
    )
    .leftJoin(filer, eq(filer.id, tierAppeals.filedBy))
    .leftJoin(investigator, eq(investigator.id, tierAppeals.investigatorId))
    .leftJoin(decider, eq(decider.id, tierAppeals.decidedBy))
    .where(where);
}

export type AppealView = Awaited<ReturnType<typeof viewQuery>>[number];

/** One appeal as its viewer may see it (`scope`), or undefined. */
export async function findAppealView(
  db: DbOrTx,
  id: number,
  scope: SQL,
  detailsScope: SQL,
): Promise<AppealView | undefined> {
  const [row] = await viewQuery(db, and(eq(tierAppeals.id, id), scope), detailsScope);
  return row;
}

/** A page of appeals, newest first, with the total for the pager. */
export async function listAppealViews(
  db: DbOrTx,
  where: SQL,
  detailsScope: SQL,
  page: PageRequest,
): Promise<{ rows: AppealView[]; total: number }> {
  const [rows, [total]] = await Promise.all([
    viewQuery(db, where, detailsScope)
      .orderBy(desc(tierAppeals.filedAt), desc(tierAppeals.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db
      .select({ count: count() })
      .from(tierAppeals)
      .innerJoin(customers, eq(customers.id, tierAppeals.customerId))
      .innerJoin(scoringRuns, eq(scoringRuns.id, tierAppeals.runId))
      .where(where),
  ]);
  return { rows, total: countOf(total) };
}

/** The row itself, locked for a change when asked (attachments count under this lock). */
export async function findAppeal(
  db: DbOrTx,
  id: number,
  lock = false,
): Promise<AppealRow | undefined> {
  const query = db.select().from(tierAppeals).where(eq(tierAppeals.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function insertAppeal(tx: DbOrTx, values: NewAppealRow): Promise<AppealRow> {
  const [row] = await tx.insert(tierAppeals).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/**
 * Changes an appeal only while it is in one of `from` and at `version`; undefined when someone
 * else changed it first. The version counts up with every change (If-Match).
 */
export async function updateAppealIfVersion(
  tx: DbOrTx,
  id: number,
  version: number,
  from: readonly AppealState[],
  values: Partial<NewAppealRow>,
): Promise<AppealRow | undefined> {
  const states = sql.join(
    from.map((state) => sql`${state}`),
    sql`, `,
  );
  const [row] = await tx
    .update(tierAppeals)
    .set({ ...values, version: sql`${tierAppeals.version} + 1` })
    .where(
      and(
        eq(tierAppeals.id, id),
        eq(tierAppeals.version, version),
        sql`${tierAppeals.state} IN (${states})`,
      ),
    )
    .returning();
  return row;
}
