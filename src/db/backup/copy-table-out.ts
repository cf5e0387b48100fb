import type { PGlite, Transaction as PgliteTransaction } from '@electric-sql/pglite';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { Engine, Tx } from '../db-types.ts';
import { quoteColumns } from '../quote-columns.ts';
import { quotedTable, type BackupTable } from './backup-catalog.ts';
import { transactionClient } from './transaction-client.ts';

// PGlite answers COPY TO '/dev/blob' with the whole result in memory: page it so a large
// table never sits in memory at once. OFFSET pages are consistent inside the snapshot.
const PGLITE_PAGE_ROWS = 50_000;

function selectOf(table: BackupTable, page?: { limit: number; offset: number }): string {
  const paging = page ? ` LIMIT ${page.limit} OFFSET ${page.offset}` : '';
  return `SELECT ${quoteColumns(table.columns)} FROM ${quotedTable(table.name)} ORDER BY ${table.orderBy}${paging}`;
}

/**
 * The table's rows in key order as COPY text, through the transaction's own connection (so it
 * reads the transaction's snapshot). PostgreSQL streams; PGlite yields one page at a time.
 */
export async function* copyTableOut(
  tx: Tx,
  engine: Engine,
  table: BackupTable,
): AsyncGenerator<Buffer> {
  const client = transactionClient(tx);
  if (engine === 'postgres') {
    const stream = (client as pg.PoolClient).query(copyTo(`COPY (${selectOf(table)}) TO STDOUT`));
    for await (const chunk of stream) yield chunk as Buffer;
    return;
  }
  for (let offset = 0; ; offset += PGLITE_PAGE_ROWS) {
    const result = await (client as PgliteTransaction | PGlite).query(
      `COPY (${selectOf(table, { limit: PGLITE_PAGE_ROWS, offset })}) TO '/dev/blob'`,
    );
    if (result.blob && result.blob.size > 0) yield Buffer.from(await result.blob.arrayBuffer());
    if ((result.affectedRows ?? 0) < PGLITE_PAGE_ROWS) return;
  }
}
