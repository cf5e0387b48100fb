import { sql, type SQL } from 'drizzle-orm';
import type { Tier } from '../../domain/scoring/model-types.ts';
import type { TierSource } from '../../domain/scoring/tier-source.ts';
import type { RunState } from '../schema/scoring.ts';
import type { DbOrTx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';

export type CustomerRunScore = {
  runId: number;
  periodLabel: string;
  state: RunState;
  modelVersionId: number;
  total: string;
  tier: Tier;
  appealClosesAt: Date | null;
  finalisedAt: Date | null;
  /** For a final run: the tier that took effect and what decided it. */
  effectiveTier: Tier | null;
  effectiveSource: TierSource | null;
};

type Row = {
  run_id: unknown;
  period_label: string;
  state: RunState;
  model_version_id: unknown;
  total: string;
  tier: Tier;
  appeal_closes_at: Date | string | null;
  finalised_at: Date | string | null;
  effective_tier: Tier | null;
  effective_source: TierSource | null;
};

/**
 * Every run (within `visibility`, a predicate over scoring_runs) that scored one customer, newest
 * first, with the tier that took effect where the run is final. Keyed by customer_id
 * (customer_scores_customer_idx), like every per-customer read.
 */
export async function customerRunScores(
  db: DbOrTx,
  customerId: number,
  visibility: SQL,
): Promise<CustomerRunScore[]> {
  const rows = await queryRows<Row>(
    db,
    sql`SELECT s.run_id, scoring_runs.period_label, scoring_runs.state, scoring_runs.model_version_id,
               s.total::text AS total, s.tier, scoring_runs.appeal_closes_at, scoring_runs.finalised_at,
               h.tier AS effective_tier, h.source AS effective_source
        FROM customer_scores s
        JOIN scoring_runs ON scoring_runs.id = s.run_id
        LEFT JOIN tier_history h ON h.customer_id = s.customer_id AND h.run_id = s.run_id
        WHERE s.customer_id = ${customerId}::bigint AND ${visibility}
        ORDER BY s.run_id DESC`,
  );
  return rows.map((row) => ({
    runId: Number(row.run_id),
    periodLabel: row.period_label,
    state: row.state,
    modelVersionId: Number(row.model_version_id),
    total: row.total,
    tier: row.tier,
    appealClosesAt: row.appeal_closes_at === null ? null : new Date(row.appeal_closes_at),
    finalisedAt: row.finalised_at === null ? null : new Date(row.finalised_at),
    effectiveTier: row.effective_tier,
    effectiveSource: row.effective_source,
  }));
}
