import type { PGlite, Transaction as PgliteTransaction } from '@electric-sql/pglite';
import type pg from 'pg';
import type { Tx } from '../db-types.ts';

export type TxClient = pg.PoolClient | PgliteTransaction | PGlite;

/**
 * The connection a drizzle transaction runs on, for COPY inside the backup's snapshot and the
 * restore's one transaction (a pooled connection of its own would see neither). Same lookup as
 * `src/db/import/tx-copy.ts`; the backup tests run on both engines, so a drizzle upgrade that
 * moves `tx.session.client` fails loudly there too.
 */
export function transactionClient(tx: Tx): TxClient {
  const client = (tx as unknown as { session?: { client?: unknown } }).session?.client;
  if (!client || typeof (client as { query?: unknown }).query !== 'function') {
    throw new Error('COPY in a transaction: the drizzle transaction exposes no client');
  }
  return client as TxClient;
}
