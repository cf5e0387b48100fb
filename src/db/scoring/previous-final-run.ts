import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';

/**
 * The final run a run is compared with (movers, explanation diffs, C2.3/C2.4): the latest run
 * that became final before this one did — or, for a run not yet final, the latest final run.
 */
export async function previousFinalRunId(db: DbOrTx, runId: number): Promise<number | null> {
  const [row] = await queryRows<{ id: unknown }>(
    db,
    sql`SELECT p.id FROM scoring_runs p, scoring_runs r
        WHERE r.id = ${runId}::bigint AND p.state = 'final' AND p.id <> r.id
          AND (r.finalised_at IS NULL OR p.finalised_at < r.finalised_at)
        ORDER BY p.finalised_at DESC, p.id DESC LIMIT 1`,
  );
  return row ? Number(row.id) : null;
}
