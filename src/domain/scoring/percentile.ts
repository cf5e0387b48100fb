import { compareExact, parseExact, shareInHundredths } from './exact-decimal.ts';

/**
 * Percentile scores of one indicator over the population, in hundredths, in input order.
 *
 * Definition (PostgreSQL's `percent_rank()`): among the n customers that have a value, the
 * share of the *others* whose value is strictly lower: 100 × below / (n − 1), rounded half up
 * to hundredths. Ties share a rank (they score equally); the lowest value scores 0, so the
 * many customers tied at "no purchases" get nothing for it; a unique highest value scores 100.
 * When there is no spread — one customer, or all values equal — everyone scores 100: nobody
 * is marked down relative to a population that shows no difference (percent_rank() would say
 * 0 there, the one place we differ, handled by a CASE).
 *
 * In SQL compute it from integers, not from percent_rank()'s double precision, over the rows
 * where raw IS NOT NULL (the others get the indicator's missingScore and are not part of n):
 *   below = rank() OVER (ORDER BY raw) - 1
 *   n     = count(*) OVER ()
 *   score_hundredths = CASE WHEN min(raw) OVER () = max(raw) OVER () THEN 10000
 *                      ELSE (20000 * below + (n - 1)) / (2 * (n - 1)) END   -- bigint division
 */
export function percentileScores(raws: readonly (string | null)[]): (number | null)[] {
  const present = raws
    .map((raw, index) => (raw === null ? null : { index, value: parseExact(raw) }))
    .filter((entry) => entry !== null)
    .sort((a, b) => compareExact(a.value, b.value));
  const scores: (number | null)[] = raws.map(() => null);
  const first = present[0];
  const last = present[present.length - 1];
  if (!first || !last) return scores;
  const noSpread = compareExact(first.value, last.value) === 0;
  const others = BigInt(present.length - 1);
  // In sorted order, `below` is the position of the first member of each group of equals.
  let below = 0;
  present.forEach((entry, position) => {
    const previous = present[position - 1];
    if (previous && compareExact(previous.value, entry.value) !== 0) below = position;
    scores[entry.index] = noSpread ? 10000 : shareInHundredths(BigInt(below), others);
  });
  return scores;
}
