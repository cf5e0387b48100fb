import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { ActorBoundPool } from './bound-pool.ts';
import type { DbOrTx } from './db-types.ts';
import { queryRows } from './query-rows.ts';

const dialect = new PgDialect();

/**
 * Runs hand-written SQL as a named prepared statement on PostgreSQL, so each pooled connection
 * plans it once and then runs the saved plan: after five executions PostgreSQL keeps a generic
 * plan when it costs no more than the custom ones. Planning the customer 360's statement took
 * about 2 ms of its 5.5 ms; prepared, the statement took 2.7 ms (p50, 100,000 customers).
 *
 * Only for statements whose parameters are keys (a customer id, a date bound): a generic plan
 * cannot adapt to a value's selectivity, and the customer list, whose filters vary from a
 * handful of rows to a region, became 5× slower with one. Statements differing in text (another
 * scope's predicate) are different statements, named by the hash of their text. Inside a
 * transaction, and on PGlite, which prepares nothing across calls, it is `queryRows`.
 */
export async function queryPreparedRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const client = (db as { $client?: unknown }).$client;
  if (!(client instanceof ActorBoundPool)) return queryRows<T>(db, query);
  const { sql: text, params } = dialect.sqlToQuery(query);
  const name = `patron_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
  const result = (await client.query({ name, text, values: params })) as { rows: T[] };
  return result.rows;
}
