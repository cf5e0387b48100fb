import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db-types.ts';
import { scoringRuns } from '../schema/index.ts';

export type RunRow = typeof scoringRuns.$inferSelect;
export type NewRunRow = typeof scoringRuns.$inferInsert;

export async function findRun(db: DbOrTx, id: number, lock = false): Promise<RunRow | undefined> {
  const query = db.select().from(scoringRuns).where(eq(scoringRuns.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function insertRun(tx: DbOrTx, values: NewRunRow): Promise<RunRow> {
  const [row] = await tx.insert(scoringRuns).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Updates a run the caller has locked (findRun with lock), counting its version up. */
export async function updateLockedRun(
  tx: DbOrTx,
  id: number,
  values: Partial<NewRunRow>,
): Promise<RunRow> {
  const [row] = await tx
    .update(scoringRuns)
    .set({ ...values, version: sql`${scoringRuns.version} + 1` })
    .where(eq(scoringRuns.id, id))
    .returning();
  if (!row) throw new Error('locked run disappeared');
  return row;
}
