import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db-types.ts';
import { scoringModelVersions, scoringRuns } from '../schema/index.ts';

export type ModelVersionRow = typeof scoringModelVersions.$inferSelect;
export type NewModelVersionRow = typeof scoringModelVersions.$inferInsert;

/** One version; `lock` takes a row lock for the rest of the transaction (state changes). */
export async function findModelVersion(
  db: DbOrTx,
  id: number,
  lock = false,
): Promise<ModelVersionRow | undefined> {
  const query = db.select().from(scoringModelVersions).where(eq(scoringModelVersions.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function findAdoptedModelVersion(
  db: DbOrTx,
  lock = false,
): Promise<ModelVersionRow | undefined> {
  const query = db
    .select()
    .from(scoringModelVersions)
    .where(eq(scoringModelVersions.status, 'adopted'));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** The next version number of a model key (1 for a new key). */
export async function nextModelVersionNumber(db: DbOrTx, modelKey: string): Promise<number> {
  const [row] = await db
    .select({ next: sql<number>`coalesce(max(${scoringModelVersions.version}), 0) + 1` })
    .from(scoringModelVersions)
    .where(eq(scoringModelVersions.modelKey, modelKey));
  return Number(row?.next ?? 1);
}

export async function insertModelVersion(
  tx: DbOrTx,
  values: NewModelVersionRow,
): Promise<ModelVersionRow> {
  const [row] = await tx.insert(scoringModelVersions).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Updates when `revision` still matches (undefined otherwise) and counts the revision up. */
export async function updateModelVersionIfRevision(
  tx: DbOrTx,
  id: number,
  revision: number,
  values: Partial<NewModelVersionRow>,
): Promise<ModelVersionRow | undefined> {
  const [row] = await tx
    .update(scoringModelVersions)
    .set({ ...values, revision: sql`${scoringModelVersions.revision} + 1` })
    .where(and(eq(scoringModelVersions.id, id), eq(scoringModelVersions.revision, revision)))
    .returning();
  return row;
}

/** Whether any evaluation run uses the version (then it never changes again). */
export async function isModelVersionUsed(db: DbOrTx, id: number): Promise<boolean> {
  const [row] = await db
    .select({ id: scoringRuns.id })
    .from(scoringRuns)
    .where(eq(scoringRuns.modelVersionId, id))
    .limit(1);
  return row !== undefined;
}
