import { sql, type SQL } from 'drizzle-orm';
import type {
  ComputedIndicator,
  Normalisation,
  RatedIndicator,
} from '../../domain/scoring/model-types.ts';
import { decimalLiteral, hundredthsLiteral, intLiteral } from './sql-literals.ts';

/**
 * One indicator's normalised score in whole hundredths (bigint, 0…10000), exactly as
 * src/domain/scoring/normalise.ts and percentile.ts define it. `raw` is the column holding the
 * raw value (NUMERIC, NULL when undefined) or, for a rated indicator, the rating (integer,
 * NULL when not rated). A rating off the scale gives NULL, which the NOT NULL total refuses;
 * the run checks for it first to say which customer (off-scale-ratings.ts).
 */
/** A source's column and, for percentiles, its population: count, lowest and highest value. */
export type SourceColumns = { raw: SQL; n: SQL; lo: SQL; hi: SQL };

export function computedScoreSql(indicator: ComputedIndicator, c: SourceColumns): SQL {
  const missing = hundredthsLiteral(indicator.missingScore);
  return sql`(CASE WHEN ${c.raw} IS NULL THEN ${missing}::bigint
    ELSE ${normalisedSql(indicator.normalisation, c)} END)`;
}

function normalisedSql(n: Normalisation, { raw, ...population }: SourceColumns): SQL {
  switch (n.method) {
    case 'linear': {
      // ⌊(20000·(clamp(x) − floor) + span) / (2·span)⌋: 100 × share, half up to hundredths.
      const floor = decimalLiteral(n.floor);
      const span = sql`(${decimalLiteral(n.cap)} - ${floor})`;
      const clamped = sql`least(greatest(${raw}, ${floor}), ${decimalLiteral(n.cap)})`;
      return sql`div(20000 * (${clamped} - ${floor}) + ${span}, 2 * ${span})::bigint`;
    }
    case 'bands': {
      // The last step with atLeast ≤ x: test from the highest step down.
      const steps = [...n.steps].reverse();
      const whens = steps.map(
        (step) =>
          sql`WHEN ${raw} >= ${decimalLiteral(step.atLeast)} THEN ${hundredthsLiteral(step.score)}`,
      );
      return sql`(CASE ${sql.join(whens, sql` `)} ELSE ${hundredthsLiteral(n.base)} END)::bigint`;
    }
    case 'percentile': {
      // Among the customers with a value: below = those strictly lower (NULLs sort last, so
      // rank() counts only values), n = how many. No spread (one value, or all equal) scores
      // 100 (percentile.ts). n, lo and hi come from one aggregate over the population rather
      // than from whole-partition windows, which buffer every row.
      const n1 = sql`(${population.n} - 1)`;
      const below = sql`(rank() OVER (ORDER BY ${raw}) - 1)`;
      return sql`(CASE WHEN ${population.lo} = ${population.hi} THEN 10000
        ELSE (20000 * ${below} + ${n1}) / (2 * ${n1}) END)::bigint`;
    }
  }
}

/** The declared score of the rating, the scale's default when not rated. */
export function ratedScoreSql(indicator: RatedIndicator, rating: SQL): SQL {
  const { points, defaultValue } = indicator.scale;
  const whens = points.map(
    (p) => sql`WHEN ${intLiteral(p.value)} THEN ${hundredthsLiteral(p.score)}`,
  );
  return sql`(CASE coalesce(${rating}, ${intLiteral(defaultValue)}) ${sql.join(whens, sql` `)} END)::bigint`;
}
