import type { SQL } from 'drizzle-orm';
import type { DbOrTx } from './db-types.ts';

/**
 * Runs hand-written SQL and returns its rows. Both drivers answer `{ rows }`; the row type is
 * the caller's promise about its own SELECT list.
 */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
