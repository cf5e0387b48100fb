import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db-types.ts';
import { offsetOf, type PageRequest } from '../records/paging.ts';
import { scoringModelVersions, scoringRuns } from '../schema/index.ts';
import type { RunRow } from './run-repository.ts';

export type RunListRow = RunRow & { modelKey: string; modelVersion: number };

/** Runs newest first, within `visibility` (a predicate over scoring_runs), with their model. */
export async function listRuns(
  db: DbOrTx,
  visibility: SQL,
  page: PageRequest,
): Promise<{ rows: RunListRow[]; total: number }> {
  const rows = await db
    .select({
      run: scoringRuns,
      modelKey: scoringModelVersions.modelKey,
      modelVersion: scoringModelVersions.version,
    })
    .from(scoringRuns)
    .innerJoin(
      scoringModelVersions,
      sql`${scoringModelVersions.id} = ${scoringRuns.modelVersionId}`,
    )
    .where(visibility)
    .orderBy(sql`${scoringRuns.id} DESC`)
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const [count] = await db
    .select({ count: sql<number>`count(*)` })
    .from(scoringRuns)
    .where(visibility);
  return {
    rows: rows.map((row) => ({
      ...row.run,
      modelKey: row.modelKey,
      modelVersion: row.modelVersion,
    })),
    total: Number(count?.count ?? 0),
  };
}
