import { and, count, desc, eq, sql } from 'drizzle-orm';
import { needs } from '../schema/index.ts';
import type { DbOrTx } from '../db-types.ts';
import { countOf, offsetOf, type PageRequest } from './paging.ts';

export type NeedRow = typeof needs.$inferSelect;
export type NewNeedRow = typeof needs.$inferInsert;

/** A page of one customer's needs, newest first (index needs_customer_idx). */
export async function listNeedRows(db: DbOrTx, customerId: number, page: PageRequest) {
  const where = eq(needs.customerId, customerId);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(needs)
      .where(where)
      .orderBy(desc(needs.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ count: count() }).from(needs).where(where),
  ]);
  return { rows, total: countOf(total) };
}

/** One need, only if it belongs to this customer (so the scope checked on it holds). */
export async function findNeedRow(
  db: DbOrTx,
  customerId: number,
  id: number,
): Promise<NeedRow | undefined> {
  const [row] = await db
    .select()
    .from(needs)
    .where(and(eq(needs.id, id), eq(needs.customerId, customerId)));
  return row;
}

export async function insertNeedRow(tx: DbOrTx, values: NewNeedRow): Promise<NeedRow> {
  const [row] = await tx.insert(needs).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Updates only when `version` still matches; undefined means someone else changed it first. */
export async function updateNeedIfVersion(
  tx: DbOrTx,
  id: number,
  version: number,
  values: Partial<NewNeedRow>,
): Promise<NeedRow | undefined> {
  const [row] = await tx
    .update(needs)
    .set({ ...values, version: sql`${needs.version} + 1` })
    .where(and(eq(needs.id, id), eq(needs.version, version)))
    .returning();
  return row;
}
