import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';

/** Distinct values of a free-text segment column in `scope`, most used first. */
export async function segmentValues(
  db: DbOrTx,
  column: 'needs_segment' | 'value_segment',
  scope: SQL,
  limit: number,
): Promise<string[]> {
  const rows = await queryRows<{ value: string }>(
    db,
    sql`SELECT ${sql.identifier(column)} AS value FROM customers
        WHERE ${scope} AND ${sql.identifier(column)} IS NOT NULL
        GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT ${limit}`,
  );
  return rows.map((row) => row.value);
}
