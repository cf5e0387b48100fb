import { sql } from 'drizzle-orm';
import { DEFAULT_MODEL } from '../../domain/scoring/default-model.ts';
import { indicatorsOf, type ScoringModel } from '../../domain/scoring/model-types.ts';
import type { DbOrTx } from '../db-types.ts';
import {
  findAdoptedModelVersion,
  insertModelVersion,
  nextModelVersionNumber,
} from '../scoring/model-version-repository.ts';

/**
 * The demo's scoring policy: the default model (seed 001) adopted, unless a version already
 * is. Returns the adopted version's id and definition, for the demo ratings.
 */
export async function adoptDemoModel(
  db: DbOrTx,
  asOf: Date,
): Promise<{ id: number; model: ScoringModel }> {
  const adopted = await findAdoptedModelVersion(db);
  if (adopted) return { id: adopted.id, model: adopted.definition };
  const version = await nextModelVersionNumber(db, DEFAULT_MODEL.id);
  const model: ScoringModel = { ...structuredClone(DEFAULT_MODEL), version };
  const row = await insertModelVersion(db, {
    modelKey: model.id,
    version,
    status: 'adopted',
    definition: model,
    createdAt: asOf,
    adoptedAt: asOf,
  });
  return { id: row.id, model };
}

/** Shares in tenths: about 60 % of the accounts are rated, each on about 70 % of the indicators. */
const ACCOUNTS_RATED_TENTHS = 6;
const INDICATORS_RATED_TENTHS = 7;

/**
 * Ratings for a share of the demo customers, by each account's KA manager, on every rated
 * indicator of the model: a different share per indicator and points spread over the scale,
 * so the 360 page shows both rated and 未评 lines. Derived from the customer id alone (no
 * random stream), so a seed's demo stays the same whatever else the generators draw. One
 * set-based INSERT per indicator; ratings fall within the 90 days before `asOf`.
 */
export async function rateDemoCustomers(
  db: DbOrTx,
  modelVersionId: number,
  model: ScoringModel,
  asOf: Date,
): Promise<void> {
  const rated = indicatorsOf(model).flatMap(({ indicator }) =>
    indicator.kind === 'rated' ? [indicator] : [],
  );
  for (const [k, indicator] of rated.entries()) {
    const points = indicator.scale.points.map((p) => p.value);
    const salt = 17 + 31 * k;
    await db.execute(
      sql`INSERT INTO customer_ratings
            (customer_id, indicator_id, model_version_id, value, rated_by, rated_at, note)
          SELECT c.id, ${indicator.id}, ${modelVersionId}::bigint,
                 (${`{${points.join(',')}}`}::int[])[1 + ((c.id * ${salt} + c.id / 7) % ${points.length})::int],
                 m.user_id,
                 ${asOf.toISOString()}::timestamptz - ((c.id * ${salt}) % 90) * interval '1 day',
                 NULL
          FROM customers c
          JOIN LATERAL (SELECT min(t.user_id) AS user_id FROM customer_team t
                        WHERE t.customer_id = c.id AND t.team_role = 'manager'
                          AND t.access_level = 'edit') m ON TRUE
          WHERE m.user_id IS NOT NULL AND (c.id * 7) % 10 < ${ACCOUNTS_RATED_TENTHS}
            AND (c.id * ${salt + 3}) % 10 < ${INDICATORS_RATED_TENTHS}`,
    );
  }
}
