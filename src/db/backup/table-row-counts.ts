import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';
import { quotedTable } from './backup-catalog.ts';

/** Exact row counts (count(*), not the planner's estimate) of the given tables. */
export async function tableRowCounts(
  db: DbOrTx,
  tables: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const table of tables) {
    const [row] = await queryRows<{ n: string | number }>(
      db,
      sql.raw(`SELECT count(*) AS n FROM ${quotedTable(table)}`),
    );
    counts.set(table, Number(row?.n ?? 0));
  }
  return counts;
}
