import { TIERS, type Tier } from './model-types.ts';
import { tierRank } from './tier.ts';

/**
 * C2.5 what-if: how customers move between tiers from one result to another (the last final
 * run against a draft model applied to current data). Rows are the old tier, columns the new.
 * 'none' holds customers on one side only — new in the draft's population (row) or no longer
 * in it (column) — so the cells always add up to every customer seen on either side.
 */
export type TierOrNone = Tier | 'none';
export const TIERS_OR_NONE: readonly TierOrNone[] = [...TIERS, 'none'];

export type MigrationCell = { count: number; customerIds: number[] };

export type MigrationMatrix = {
  cells: Record<TierOrNone, Record<TierOrNone, MigrationCell>>;
  total: number;
  /** Customers on both sides, by direction; "up" is towards A. */
  up: number;
  down: number;
  unchanged: number;
};

export type TierOf = { customerId: number; tier: Tier };

export function migrationMatrix(
  before: readonly TierOf[],
  after: readonly TierOf[],
): MigrationMatrix {
  const old = byCustomer(before);
  const now = byCustomer(after);
  const cells = emptyCells();
  const matrix: MigrationMatrix = { cells, total: 0, up: 0, down: 0, unchanged: 0 };
  const ids = [...new Set([...old.keys(), ...now.keys()])].sort((a, b) => a - b);
  for (const id of ids) {
    const from: TierOrNone = old.get(id) ?? 'none';
    const to: TierOrNone = now.get(id) ?? 'none';
    const cell = cells[from][to];
    cell.count += 1;
    cell.customerIds.push(id);
    matrix.total += 1;
    if (from === 'none' || to === 'none') continue;
    const change = tierRank(to) - tierRank(from);
    if (change < 0) matrix.up += 1;
    else if (change > 0) matrix.down += 1;
    else matrix.unchanged += 1;
  }
  return matrix;
}

function byCustomer(rows: readonly TierOf[]): Map<number, Tier> {
  const map = new Map<number, Tier>();
  for (const row of rows) {
    // Two tiers for one customer would make the matrix count it twice.
    if (map.has(row.customerId)) throw new RangeError(`customer ${row.customerId} appears twice`);
    map.set(row.customerId, row.tier);
  }
  return map;
}

function emptyCells(): MigrationMatrix['cells'] {
  const row = () =>
    Object.fromEntries(
      TIERS_OR_NONE.map((tier) => [tier, { count: 0, customerIds: [] as number[] }]),
    ) as Record<TierOrNone, MigrationCell>;
  return Object.fromEntries(TIERS_OR_NONE.map((tier) => [tier, row()])) as MigrationMatrix['cells'];
}
