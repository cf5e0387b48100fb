import { sql, type SQL } from 'drizzle-orm';
import type { Tier } from '../../domain/scoring/model-types.ts';
import type { DbOrTx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';

/**
 * The figures of a run's review screen (C2.3), each one grouped statement over the run's score
 * rows within the viewer's record scope (`scope` names the table `customers`, unaliased):
 * customers per tier, per tier and org unit, per tier and industry, and the movement against
 * the previous final run's tier history (old tier × new tier).
 */
export type TierCount = { tier: Tier; count: number };
export type GroupTierCount = { key: string; label: string | null; tier: Tier; count: number };
export type MovementCount = { from: Tier | null; to: Tier; count: number };

export async function tierCounts(db: DbOrTx, runId: number, scope: SQL): Promise<TierCount[]> {
  const rows = await queryRows<{ tier: Tier; count: unknown }>(
    db,
    sql`SELECT s.tier, count(*) AS count
        FROM customer_scores s JOIN customers ON customers.id = s.customer_id
        WHERE s.run_id = ${runId}::bigint AND ${scope}
        GROUP BY s.tier ORDER BY s.tier`,
  );
  return rows.map((row) => ({ tier: row.tier, count: Number(row.count) }));
}

export async function tierCountsByOrgUnit(
  db: DbOrTx,
  runId: number,
  scope: SQL,
): Promise<GroupTierCount[]> {
  return grouped(
    db,
    sql`SELECT customers.org_unit_id::text AS key, ou.name AS label, s.tier, count(*) AS count
        FROM customer_scores s JOIN customers ON customers.id = s.customer_id
        JOIN org_units ou ON ou.id = customers.org_unit_id
        WHERE s.run_id = ${runId}::bigint AND ${scope}
        GROUP BY customers.org_unit_id, ou.name, s.tier ORDER BY ou.name, s.tier`,
  );
}

export async function tierCountsByIndustry(
  db: DbOrTx,
  runId: number,
  scope: SQL,
): Promise<GroupTierCount[]> {
  return grouped(
    db,
    sql`SELECT customers.industry AS key, NULL AS label, s.tier, count(*) AS count
        FROM customer_scores s JOIN customers ON customers.id = s.customer_id
        WHERE s.run_id = ${runId}::bigint AND ${scope}
        GROUP BY customers.industry, s.tier ORDER BY customers.industry, s.tier`,
  );
}

/** Old tier (null: not in the previous final run) × new tier, within scope. */
export async function movementCounts(
  db: DbOrTx,
  runId: number,
  previousRunId: number | null,
  scope: SQL,
): Promise<MovementCount[]> {
  const rows = await queryRows<{ from_tier: Tier | null; tier: Tier; count: unknown }>(
    db,
    sql`SELECT h.tier AS from_tier, s.tier, count(*) AS count
        FROM customer_scores s JOIN customers ON customers.id = s.customer_id
        LEFT JOIN tier_history h ON h.customer_id = s.customer_id
          AND h.run_id = ${previousRunId ?? 0}::bigint
        WHERE s.run_id = ${runId}::bigint AND ${scope}
        GROUP BY h.tier, s.tier ORDER BY h.tier NULLS LAST, s.tier`,
  );
  return rows.map((row) => ({ from: row.from_tier, to: row.tier, count: Number(row.count) }));
}

async function grouped(db: DbOrTx, query: SQL): Promise<GroupTierCount[]> {
  const rows = await queryRows<{ key: string; label: string | null; tier: Tier; count: unknown }>(
    db,
    query,
  );
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}
