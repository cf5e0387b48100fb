import type { PGlite, Transaction as PgliteTransaction } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Engine, Tx } from '../db-types.ts';
import { quoteColumns } from '../quote-columns.ts';
import { quotedTable, type BackupTable } from './backup-catalog.ts';
import { transactionClient } from './transaction-client.ts';

// PGlite reads COPY FROM '/dev/blob' from one in-memory Blob: feed it pieces of about this size.
const PGLITE_CHUNK_BYTES = 8 * 1024 * 1024;

/**
 * Cuts COPY text into pieces that end at a row boundary. In COPY's text format a newline in a
 * value is written as `\n` (two characters), so every literal newline byte ends a row.
 */
async function* wholeRows(source: AsyncIterable<Buffer>, size: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  for await (const chunk of source) {
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (pendingBytes < size) continue;
    const joined = Buffer.concat(pending);
    const cut = joined.lastIndexOf(0x0a) + 1;
    if (cut > 0) yield joined.subarray(0, cut);
    pending = [joined.subarray(cut)];
    pendingBytes = joined.length - cut;
  }
  if (pendingBytes > 0) yield Buffer.concat(pending);
}

/** Loads COPY text into a table through the transaction's own connection (rolled back with it). */
export async function copyTableIn(
  tx: Tx,
  engine: Engine,
  table: BackupTable,
  source: AsyncIterable<Buffer>,
): Promise<void> {
  const client = transactionClient(tx);
  const target = `${quotedTable(table.name)} (${quoteColumns(table.columns)})`;
  if (engine === 'postgres') {
    const sink = (client as pg.PoolClient).query(copyFrom(`COPY ${target} FROM STDIN`));
    await pipeline(Readable.from(source), sink);
    return;
  }
  for await (const piece of wholeRows(source, PGLITE_CHUNK_BYTES)) {
    await (client as PgliteTransaction | PGlite).query(`COPY ${target} FROM '/dev/blob'`, [], {
      blob: new Blob([piece]),
    });
  }
}
