import type { PGlite, Transaction as PgliteTransaction } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Engine, Tx } from '../db-types.ts';
import { quoteColumns } from '../quote-columns.ts';

type TxClient = pg.PoolClient | PgliteTransaction | PGlite;

/**
 * The connection a drizzle transaction runs on. `DbHandle.copyCsv` takes a pooled connection of
 * its own on PostgreSQL, so it cannot load a table created inside a transaction (a TEMP staging
 * table) or be rolled back with it; COPY must go through the transaction's own connection.
 * Drizzle keeps it as `tx.session.client` on both drivers (node-postgres: the PoolClient it
 * checked out; PGlite: the Transaction of `PGlite.transaction`). The tests of this module run
 * on both engines, so a drizzle upgrade that moves it fails loudly there.
 */
function clientOf(tx: Tx): TxClient {
  const client = (tx as unknown as { session?: { client?: unknown } }).session?.client;
  if (!client || typeof (client as { query?: unknown }).query !== 'function') {
    throw new Error('COPY in a transaction: the drizzle transaction exposes no client');
  }
  return client as TxClient;
}

/** COPY … FROM CSV text through the transaction's own connection, on either engine. */
export async function copyCsvInTx(
  tx: Tx,
  engine: Engine,
  table: string,
  columns: readonly string[],
  csv: string,
): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`bad table name ${table}`);
  const client = clientOf(tx);
  const target = `${table} (${quoteColumns(columns)})`;
  if (engine === 'pglite') {
    await (client as PgliteTransaction).query(
      `COPY ${target} FROM '/dev/blob' WITH (FORMAT csv)`,
      [],
      { blob: new Blob([csv]) },
    );
    return;
  }
  const sink = (client as pg.PoolClient).query(
    copyFrom(`COPY ${target} FROM STDIN WITH (FORMAT csv)`),
  );
  await pipeline(Readable.from([csv]), sink);
}
