import { and, eq, sql } from 'drizzle-orm';
import { customers } from '../schema/index.ts';
import type { DbOrTx } from '../db-types.ts';
import type { CustomerRow } from '../customers/customer-repository.ts';

type Stamp = { now: Date; actorId: number | null };

/**
 * The data-quality writes to a customer row, each only while `version` still matches (an
 * undefined result means someone else changed the file first). They bump `version` like any
 * edit, so a form opened before them answers 412 instead of overwriting.
 */
function setIfVersion(
  tx: DbOrTx,
  id: number,
  version: number,
  values: Partial<typeof customers.$inferInsert>,
  { now, actorId }: Stamp,
): Promise<CustomerRow[]> {
  return tx
    .update(customers)
    .set({ ...values, updatedAt: now, updatedBy: actorId, version: sql`${customers.version} + 1` })
    .where(and(eq(customers.id, id), eq(customers.version, version)))
    .returning();
}

export async function markReviewed(
  tx: DbOrTx,
  id: number,
  version: number,
  stamp: Stamp,
): Promise<CustomerRow | undefined> {
  const [row] = await setIfVersion(tx, id, version, { lastReviewedAt: stamp.now }, stamp);
  return row;
}

export async function markMerged(
  tx: DbOrTx,
  sourceId: number,
  version: number,
  targetId: number,
  stamp: Stamp,
): Promise<CustomerRow | undefined> {
  const [row] = await setIfVersion(tx, sourceId, version, { mergedIntoId: targetId }, stamp);
  return row;
}

export async function clearMerged(
  tx: DbOrTx,
  sourceId: number,
  version: number,
  stamp: Stamp,
): Promise<CustomerRow | undefined> {
  const [row] = await setIfVersion(tx, sourceId, version, { mergedIntoId: null }, stamp);
  return row;
}

/** Locks the rows of a merge for the rest of the transaction, in id order (no deadlock). */
export async function lockCustomers(tx: DbOrTx, ids: number[]): Promise<void> {
  const sorted = [...ids].sort((a, b) => a - b);
  await tx.execute(
    sql`SELECT id FROM customers WHERE id IN (${sql.join(
      sorted.map((id) => sql`${id}`),
      sql`, `,
    )}) ORDER BY id FOR UPDATE`,
  );
}
