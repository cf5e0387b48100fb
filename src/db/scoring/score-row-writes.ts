import { sql, type SQL } from 'drizzle-orm';
import type { Indicator, ScoringModel } from '../../domain/scoring/model-types.ts';
import { hundredthsLiteral, intLiteral } from './sql-literals.ts';

export type WriteEntry = { indicator: Indicator; i: number };

export type WriteColumns = {
  raw(indicator: Indicator, i: number): SQL;
  score(i: number): SQL;
};

/** The CTEs that write a run's score rows, and the count of rows they wrote. */
export type ScoreRowWrites = { ctes: SQL[]; written: SQL };

const STORED = sql.raw('(o.total, o.tier, o.raws, o.scores, o.contributions)');
const COMPUTED = sql.raw('(n.total, n.tier, n.raws, n.scores, n.contributions)');

/**
 * The score rows from `summed`: total = ⌊(Σ contributions + 50) / 100⌋ hundredths, the tier
 * by it, and the per-indicator arrays in model order (schema/scoring.ts), written only where
 * they differ from the run's stored row.
 *
 * `changed` compares with the stored rows first; new rows are INSERTed plainly and the
 * differing ones UPDATEd by key. Not one INSERT … ON CONFLICT DO UPDATE … WHERE: that locks
 * every conflicting row before it evaluates the WHERE (an unchanged recomputation of 100,000
 * customers wrote 100,000 row locks), and its speculative insertion made a first computation
 * 0.15–0.4 s slower on PostgreSQL and 0.35–0.65 s on PGlite at 100,000 customers. Computations
 * of one run are serialised by the run's row lock, so no row appears between the comparison
 * and the INSERT; if one did, the primary key would refuse it. `changed` is referenced twice,
 * so it is computed once, which also keeps each score expression from being evaluated again
 * for every array and total that uses it. New rows go in by customer id, the order of both
 * indexes of customer_scores, so each index page is visited once.
 */
export function scoreRowWrites(
  runId: number,
  computedAt: Date,
  model: ScoringModel,
  entries: readonly WriteEntry[],
  columns: WriteColumns,
): ScoreRowWrites {
  const t = model.thresholds;
  const run = sql`${runId}::bigint`;
  const at = sql`${computedAt.toISOString()}::timestamptz`;
  const totalH = sql.raw('((sum_c + 50) / 100)');
  const raws = entries.map(({ indicator, i }) => columns.raw(indicator, i));
  const scores = entries.map(({ i }) => columns.score(i));
  const contributions = entries.map(
    ({ indicator, i }) => sql`${columns.score(i)} * ${intLiteral(indicator.weight)}`,
  );
  const changed = sql`changed AS (
    SELECT n.*, o.customer_id IS NULL AS fresh
    FROM (SELECT customer_id,
                 (${totalH} * 0.01)::numeric(5, 2) AS total,
                 CASE WHEN ${totalH} >= ${hundredthsLiteral(t.A)} THEN 'A'
                      WHEN ${totalH} >= ${hundredthsLiteral(t.B)} THEN 'B'
                      WHEN ${totalH} >= ${hundredthsLiteral(t.C)} THEN 'C' ELSE 'D' END AS tier,
                 ARRAY[${sql.join(raws, sql`, `)}]::numeric[] AS raws,
                 ARRAY[${sql.join(scores, sql`, `)}]::smallint[] AS scores,
                 ARRAY[${sql.join(contributions, sql`, `)}]::integer[] AS contributions
          FROM summed) n
    LEFT JOIN customer_scores o ON o.run_id = ${run} AND o.customer_id = n.customer_id
    WHERE o.customer_id IS NULL OR ${STORED} IS DISTINCT FROM ${COMPUTED})`;
  const inserted = sql`inserted AS (
    INSERT INTO customer_scores
      (run_id, customer_id, total, tier, raws, scores, contributions, computed_at)
    SELECT ${run}, customer_id, total, tier, raws, scores, contributions, ${at}
    FROM changed WHERE fresh
    ORDER BY customer_id
    RETURNING 1)`;
  const updated = sql`updated AS (
    UPDATE customer_scores cs
    SET total = n.total, tier = n.tier, raws = n.raws, scores = n.scores,
        contributions = n.contributions, computed_at = ${at}
    FROM changed n
    WHERE NOT n.fresh AND cs.run_id = ${run} AND cs.customer_id = n.customer_id
    RETURNING 1)`;
  return {
    ctes: [changed, inserted, updated],
    written: sql`(SELECT count(*) FROM inserted) + (SELECT count(*) FROM updated)`,
  };
}
