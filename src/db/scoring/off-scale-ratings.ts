import { sql } from 'drizzle-orm';
import { indicatorsOf, type ScoringModel } from '../../domain/scoring/model-types.ts';
import type { DbOrTx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';
import { SCORING_POPULATION } from './scoring-population.ts';
import { idLiteral, intLiteral } from './sql-literals.ts';

export type OffScaleRating = { customerId: number; indicatorId: string; value: number };

/**
 * The first current rating of a scored customer that is not a point of the model's scale (one
 * kept from an older version's scale). The oracle refuses such a population, and so does a run:
 * this names the customer before the statement would fail on a NULL score.
 */
export async function firstOffScaleRating(
  db: DbOrTx,
  model: ScoringModel,
): Promise<OffScaleRating | null> {
  const rated = indicatorsOf(model).flatMap(({ indicator }) =>
    indicator.kind === 'rated' ? [indicator] : [],
  );
  if (rated.length === 0) return null;
  const onScale = rated.map(
    (r) =>
      sql`(l.indicator_id = ${idLiteral(r.id)} AND l.value IN (${sql.join(
        r.scale.points.map((p) => intLiteral(p.value)),
        sql`, `,
      )}))`,
  );
  const [row] = await queryRows<{ customer_id: unknown; indicator_id: string; value: unknown }>(
    db,
    sql`
      SELECT l.customer_id, l.indicator_id, l.value
      FROM (SELECT DISTINCT ON (r.customer_id, r.indicator_id) r.customer_id, r.indicator_id, r.value
            FROM customer_ratings r JOIN customers c ON c.id = r.customer_id
            WHERE ${SCORING_POPULATION}
              AND r.indicator_id IN (${sql.join(
                rated.map((r) => idLiteral(r.id)),
                sql`, `,
              )})
            ORDER BY r.customer_id, r.indicator_id, r.rated_at DESC, r.id DESC) l
      WHERE NOT (${sql.join(onScale, sql` OR `)})
      ORDER BY l.customer_id, l.indicator_id
      LIMIT 1`,
  );
  return row
    ? {
        customerId: Number(row.customer_id),
        indicatorId: row.indicator_id,
        value: Number(row.value),
      }
    : null;
}
