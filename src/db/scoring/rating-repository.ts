import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';
import { customerRatings } from '../schema/index.ts';

export type RatingRow = typeof customerRatings.$inferSelect;
export type NewRatingRow = typeof customerRatings.$inferInsert;

/** Ratings are appended, never edited: the latest per indicator is current (C2.2 history). */
export async function insertRating(tx: DbOrTx, values: NewRatingRow): Promise<RatingRow> {
  const [row] = await tx.insert(customerRatings).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export type CurrentRating = {
  indicatorId: string;
  value: number;
  modelVersionId: number;
  ratedBy: number | null;
  ratedByName: string | null;
  ratedAt: Date;
  note: string | null;
};

type Row = {
  indicator_id: string;
  value: unknown;
  model_version_id: unknown;
  rated_by: unknown;
  rated_by_name: string | null;
  rated_at: string | Date;
  note: string | null;
};

/** One customer's current rating per indicator, with the rater's name (index-ordered). */
export async function currentRatings(db: DbOrTx, customerId: number): Promise<CurrentRating[]> {
  const rows = await queryRows<Row>(
    db,
    sql`SELECT DISTINCT ON (r.indicator_id) r.indicator_id, r.value, r.model_version_id,
               r.rated_by, u.display_name AS rated_by_name, r.rated_at, r.note
        FROM customer_ratings r LEFT JOIN users u ON u.id = r.rated_by
        WHERE r.customer_id = ${customerId}::bigint
        ORDER BY r.indicator_id, r.rated_at DESC, r.id DESC`,
  );
  return rows.map((r) => ({
    indicatorId: r.indicator_id,
    value: Number(r.value),
    modelVersionId: Number(r.model_version_id),
    ratedBy: r.rated_by === null ? null : Number(r.rated_by),
    ratedByName: r.rated_by_name,
    ratedAt: new Date(r.rated_at),
    note: r.note,
  }));
}
