import { sql, type SQL } from 'drizzle-orm';
import type { Indicator, ScoringModel } from '../../domain/scoring/model-types.ts';
import { hundredthsLiteral, intLiteral } from './sql-literals.ts';

export type UpsertEntry = { indicator: Indicator; i: number };

export type UpsertColumns = {
  raw(indicator: Indicator, i: number): SQL;
  score(i: number): SQL;
};

/**
 * The score rows from `summed`: total = ⌊(Σ contributions + 50) / 100⌋ hundredths, the tier
 * by it, and the per-indicator arrays in model order (schema/scoring.ts), written only where
 * they differ from the run's stored row.
 *
 * The stored rows are compared in a join before the INSERT, not only in ON CONFLICT's WHERE:
 * ON CONFLICT DO UPDATE locks every conflicting row before it evaluates its WHERE, so an
 * unchanged recomputation of 100,000 customers still wrote 100,000 row locks (every page of
 * the run dirtied, ~0.5 s). The WHERE stays for a row that changed between the join and the
 * insert (computations of one run are serialised by the run's row lock, so only in theory).
 * Rows go in by customer id, the order of both indexes of customer_scores and of the foreign
 * key's probes into customers, so each index page and customer page is visited once.
 */
export function scoreRowUpsert(
  runId: number,
  computedAt: Date,
  model: ScoringModel,
  entries: readonly UpsertEntry[],
  columns: UpsertColumns,
): SQL {
  const t = model.thresholds;
  const totalH = sql.raw('((sum_c + 50) / 100)');
  const raws = entries.map(({ indicator, i }) => columns.raw(indicator, i));
  const scores = entries.map(({ i }) => columns.score(i));
  const contributions = entries.map(
    ({ indicator, i }) => sql`${columns.score(i)} * ${intLiteral(indicator.weight)}`,
  );
  return sql`
    INSERT INTO customer_scores AS cs
      (run_id, customer_id, total, tier, raws, scores, contributions, computed_at)
    SELECT ${runId}::bigint, n.customer_id, n.total, n.tier, n.raws, n.scores, n.contributions,
           ${computedAt.toISOString()}::timestamptz
    FROM (SELECT customer_id,
                 (${totalH} * 0.01)::numeric(5, 2) AS total,
                 CASE WHEN ${totalH} >= ${hundredthsLiteral(t.A)} THEN 'A'
                      WHEN ${totalH} >= ${hundredthsLiteral(t.B)} THEN 'B'
                      WHEN ${totalH} >= ${hundredthsLiteral(t.C)} THEN 'C' ELSE 'D' END AS tier,
                 ARRAY[${sql.join(raws, sql`, `)}]::numeric[] AS raws,
                 ARRAY[${sql.join(scores, sql`, `)}]::smallint[] AS scores,
                 ARRAY[${sql.join(contributions, sql`, `)}]::integer[] AS contributions
          FROM summed) n
    LEFT JOIN customer_scores o ON o.run_id = ${runId}::bigint AND o.customer_id = n.customer_id
    WHERE o.customer_id IS NULL
       OR (o.total, o.tier, o.raws, o.scores, o.contributions)
          IS DISTINCT FROM (n.total, n.tier, n.raws, n.scores, n.contributions)
    ORDER BY n.customer_id
    ON CONFLICT (run_id, customer_id) DO UPDATE
      SET total = EXCLUDED.total, tier = EXCLUDED.tier, raws = EXCLUDED.raws,
          scores = EXCLUDED.scores, contributions = EXCLUDED.contributions,
          computed_at = EXCLUDED.computed_at
      WHERE (cs.total, cs.tier, cs.raws, cs.scores, cs.contributions)
            IS DISTINCT FROM (EXCLUDED.total, EXCLUDED.tier, EXCLUDED.raws, EXCLUDED.scores,
                              EXCLUDED.contributions)
    RETURNING 1`;
}
