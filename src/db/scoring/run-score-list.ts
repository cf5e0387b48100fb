import { sql, type SQL } from 'drizzle-orm';
import type { Tier } from '../../domain/scoring/model-types.ts';
import type { TierSource } from '../../domain/scoring/tier-source.ts';
import type { DbOrTx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';
import { offsetOf, type PageRequest } from '../records/paging.ts';

/** How a customer's tier moved against the previous final run; 'new': not in that run. */
export const TIER_CHANGES = ['up', 'down', 'same', 'new'] as const;
export type TierChange = (typeof TIER_CHANGES)[number];

export type RunScoreFilter = {
  runId: number;
  previousRunId: number | null;
  /** The viewer's record scope over `customers` (unaliased). */
  scope: SQL;
  tier?: Tier | undefined;
  change?: TierChange | undefined;
  orgUnitId?: number | undefined;
};

export type RunScoreItem = {
  customerId: number;
  name: string;
  orgUnitId: number;
  orgUnitName: string;
  industry: string;
  total: string;
  tier: Tier;
  previousTier: Tier | null;
  previousTotal: string | null;
  change: TierChange;
  /** The customer's effective tier now, and what decided it. */
  currentTier: Tier | null;
  currentTierSource: TierSource | null;
};

type Row = {
  customer_id: unknown;
  name: string;
  org_unit_id: unknown;
  org_unit_name: string;
  industry: string;
  total: string;
  tier: Tier;
  previous_tier: Tier | null;
  previous_total: string | null;
  current_tier: Tier | null;
  current_tier_source: TierSource | null;
  total_count: unknown;
};

// Tiers compare as letters: 'A' < 'B', so a move up is a smaller letter than before.
const CHANGE_SQL: Record<TierChange, SQL> = {
  up: sql`h.tier IS NOT NULL AND s.tier < h.tier`,
  down: sql`h.tier IS NOT NULL AND s.tier > h.tier`,
  same: sql`h.tier = s.tier`,
  new: sql`h.tier IS NULL`,
};

/**
 * A page of a run's results (review screen "movers", C2.3): each scored customer in scope with
 * its total and tier, the previous final run's tier and total, and the movement; filterable by
 * tier, movement and org unit; biggest movements first, then by total.
 */
export async function listRunScores(
  db: DbOrTx,
  filter: RunScoreFilter,
  page: PageRequest,
): Promise<{ items: RunScoreItem[]; total: number }> {
  const where: SQL[] = [sql`s.run_id = ${filter.runId}::bigint`, filter.scope];
  if (filter.tier) where.push(sql`s.tier = ${filter.tier}`);
  if (filter.change) where.push(CHANGE_SQL[filter.change]);
  if (filter.orgUnitId !== undefined) {
    where.push(sql`customers.org_unit_id = ${filter.orgUnitId}::bigint`);
  }
  const rows = await queryRows<Row>(
    db,
    sql`SELECT s.customer_id, customers.name, customers.org_unit_id, ou.name AS org_unit_name,
               customers.industry, s.total::text AS total, s.tier,
               h.tier AS previous_tier, h.total::text AS previous_total,
               customers.tier AS current_tier, customers.tier_source AS current_tier_source,
               count(*) OVER () AS total_count
        FROM customer_scores s
        JOIN customers ON customers.id = s.customer_id
        JOIN org_units ou ON ou.id = customers.org_unit_id
        LEFT JOIN tier_history h ON h.customer_id = s.customer_id
          AND h.run_id = ${filter.previousRunId ?? 0}::bigint
        WHERE ${sql.join(where, sql` AND `)}
        ORDER BY abs(ascii(s.tier) - ascii(coalesce(h.tier, s.tier))) DESC, s.total DESC,
                 s.customer_id
        LIMIT ${page.pageSize} OFFSET ${offsetOf(page)}`,
  );
  return {
    total: Number(rows[0]?.total_count ?? 0),
    items: rows.map((row) => ({
      customerId: Number(row.customer_id),
      name: row.name,
      orgUnitId: Number(row.org_unit_id),
      orgUnitName: row.org_unit_name,
      industry: row.industry,
      total: row.total,
      tier: row.tier,
      previousTier: row.previous_tier,
      previousTotal: row.previous_total,
      change: changeOf(row.tier, row.previous_tier),
      currentTier: row.current_tier,
      currentTierSource: row.current_tier_source,
    })),
  };
}

function changeOf(tier: Tier, previous: Tier | null): TierChange {
  if (previous === null) return 'new';
  if (tier === previous) return 'same';
  return tier < previous ? 'up' : 'down';
}
