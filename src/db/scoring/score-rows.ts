import { sql } from 'drizzle-orm';
import { formatScaled } from '../../domain/scoring/exact-decimal.ts';
import { indicatorsOf, type ScoringModel, type Tier } from '../../domain/scoring/model-types.ts';
import type { CustomerScore } from '../../domain/scoring/score-types.ts';
import type { DbOrTx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';

type Row = {
  customer_id: unknown;
  total: string;
  tier: Tier;
  raws: (string | null)[];
  scores: unknown[];
  contributions: unknown[];
};

/**
 * Score rows of a run as the domain's CustomerScore (what explainScore and migrationMatrix
 * take): the arrays zipped with the indicators of `model`, the run's own version, and printed
 * as the oracle prints them (scores '87.35', contributions '26.2050'). `customerIds` narrows
 * to some customers (an explanation reads one row by its primary key).
 */
export async function readRunScores(
  db: DbOrTx,
  runId: number,
  model: ScoringModel,
  customerIds?: readonly number[],
): Promise<CustomerScore[]> {
  const only =
    customerIds === undefined
      ? sql``
      : customerIds.length === 0
        ? sql` AND FALSE`
        : sql` AND customer_id IN (${sql.join(
            customerIds.map((id) => sql`${id}::bigint`),
            sql`, `,
          )})`;
  // raws as text[]: both drivers then hand over the exact decimal strings.
  const rows = await queryRows<Row>(
    db,
    sql`SELECT customer_id, total::text AS total, tier, raws::text[] AS raws, scores, contributions
        FROM customer_scores WHERE run_id = ${runId}::bigint${only}
        ORDER BY customer_id`,
  );
  const lines = indicatorsOf(model);
  return rows.map((row) => {
    if (row.scores.length !== lines.length) {
      throw new RangeError(`score row of customer ${String(row.customer_id)} has another model`);
    }
    return {
      customerId: Number(row.customer_id),
      total: row.total,
      tier: row.tier,
      indicators: lines.map(({ dimension, indicator }, i) => {
        const raw = row.raws[i] ?? null;
        return {
          indicatorId: indicator.id,
          dimensionId: dimension.id,
          raw,
          defaulted: raw === null,
          score: formatScaled(Number(row.scores[i]), 2),
          weight: indicator.weight,
          contribution: formatScaled(Number(row.contributions[i]), 4),
        };
      }),
    };
  });
}
