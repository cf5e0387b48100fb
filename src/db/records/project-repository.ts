import { and, count, desc, eq, sql } from 'drizzle-orm';
import { projects } from '../schema/index.ts';
import type { DbOrTx } from '../db-types.ts';
import { countOf, offsetOf, type PageRequest } from './paging.ts';

export type ProjectRow = typeof projects.$inferSelect;
export type NewProjectRow = typeof projects.$inferInsert;

// Ongoing work first, then what is coming, then the history.
const PHASE_ORDER = sql`CASE ${projects.phase} WHEN 'ongoing' THEN 0 WHEN 'upcoming' THEN 1 ELSE 2 END`;

/** A page of one customer's projects (index projects_customer_idx). */
export async function listProjectRows(db: DbOrTx, customerId: number, page: PageRequest) {
  const where = eq(projects.customerId, customerId);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(projects)
      .where(where)
      .orderBy(PHASE_ORDER, sql`${projects.startOn} DESC NULLS LAST`, desc(projects.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ count: count() }).from(projects).where(where),
  ]);
  return { rows, total: countOf(total) };
}

/** One project, only if it belongs to this customer (so the scope checked on it holds). */
export async function findProjectRow(
  db: DbOrTx,
  customerId: number,
  id: number,
): Promise<ProjectRow | undefined> {
  const [row] = await db
    .select()
    .from(projects)
    .where(and(eq(projects.id, id), eq(projects.customerId, customerId)));
  return row;
}

export async function insertProjectRow(tx: DbOrTx, values: NewProjectRow): Promise<ProjectRow> {
  const [row] = await tx.insert(projects).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Updates only when `version` still matches; undefined means someone else changed it first. */
export async function updateProjectIfVersion(
  tx: DbOrTx,
  id: number,
  version: number,
  values: Partial<NewProjectRow>,
): Promise<ProjectRow | undefined> {
  const [row] = await tx
    .update(projects)
    .set({ ...values, version: sql`${projects.version} + 1` })
    .where(and(eq(projects.id, id), eq(projects.version, version)))
    .returning();
  return row;
}
