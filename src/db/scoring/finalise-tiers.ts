import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';

export type FinaliseCounts = {
  /** Customers of the run, each with a tier history row now. */
  final: number;
  /** Customers whose effective tier (or its source) changed. */
  changed: number;
  /** Tiers decided by an approved override or a changed appeal rather than the score. */
  decided: number;
};

/**
 * Makes a run's tiers take effect (C2.3), set-based, in one statement: the tier of each scored
 * customer is the run's tier unless an approved override or a decided "changed" appeal says
 * otherwise — the latest such decision wins (C2.6, C2.7) — written to tier_history with its
 * source and copied onto customers.tier / tier_source where it differs. Call it inside the
 * transaction that moves the run to final.
 */
export async function finaliseTiers(
  tx: DbOrTx,
  input: { runId: number; modelVersionId: number; effectiveAt: Date },
): Promise<FinaliseCounts> {
  const run = sql`${input.runId}::bigint`;
  const [row] = await queryRows<{ final: unknown; changed: unknown; decided: unknown }>(
    tx,
    sql`WITH decisions AS (
          SELECT DISTINCT ON (customer_id) customer_id, tier, source, override_id, appeal_id
          FROM (
            SELECT customer_id, tier, 'override' AS source, id AS override_id,
                   NULL::bigint AS appeal_id, decided_at, id
            FROM tier_overrides WHERE run_id = ${run} AND state = 'approved'
            UNION ALL
            SELECT customer_id, decided_tier, 'appeal', NULL::bigint, id, decided_at, id
            FROM tier_appeals WHERE run_id = ${run} AND state = 'decided' AND outcome = 'changed'
          ) d
          ORDER BY customer_id, decided_at DESC, id DESC
        ),
        history AS (
          INSERT INTO tier_history (customer_id, run_id, model_version_id, tier, total,
                                    effective_at, source, computed_tier, override_id, appeal_id)
          SELECT s.customer_id, ${run}, ${input.modelVersionId}::bigint, coalesce(d.tier, s.tier),
                 s.total, ${input.effectiveAt.toISOString()}::timestamptz,
                 coalesce(d.source, 'run'), s.tier, d.override_id, d.appeal_id
          FROM customer_scores s LEFT JOIN decisions d ON d.customer_id = s.customer_id
          WHERE s.run_id = ${run}
          RETURNING customer_id, tier, source
        ),
        updated AS (
          UPDATE customers c SET tier = h.tier, tier_source = h.source
          FROM history h
          WHERE c.id = h.customer_id
            AND (c.tier IS DISTINCT FROM h.tier OR c.tier_source IS DISTINCT FROM h.source)
          RETURNING c.id
        )
        SELECT (SELECT count(*) FROM history) AS final,
               (SELECT count(*) FROM updated) AS changed,
               (SELECT count(*) FROM history WHERE source <> 'run') AS decided`,
  );
  return {
    final: Number(row?.final ?? 0),
    changed: Number(row?.changed ?? 0),
    decided: Number(row?.decided ?? 0),
  };
}
