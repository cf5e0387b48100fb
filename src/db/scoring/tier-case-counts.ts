import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';

export type OpenCaseCounts = { overrides: number; appeals: number };

/**
 * Cases of a run still waiting for a decision: overrides proposed and not yet approved or
 * rejected, appeals filed or assigned and not yet answered. A run becomes final only when both
 * are 0 (C2.3: the final run reflects every decision). Both counts use the (run_id, state)
 * indexes.
 */
export async function openCaseCounts(tx: DbOrTx, runId: number): Promise<OpenCaseCounts> {
  const run = sql`${runId}::bigint`;
  const [row] = await queryRows<{ overrides: unknown; appeals: unknown }>(
    tx,
    sql`SELECT
          (SELECT count(*) FROM tier_overrides WHERE run_id = ${run} AND state = 'proposed')
            AS overrides,
          (SELECT count(*) FROM tier_appeals WHERE run_id = ${run} AND state IN ('filed', 'assigned'))
            AS appeals`,
  );
  return { overrides: Number(row?.overrides ?? 0), appeals: Number(row?.appeals ?? 0) };
}
