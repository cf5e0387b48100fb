import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db-types.ts';

/**
 * COPY's text output depends on session settings (time zone, date and interval styles, float
 * digits). Fixing them for the transaction makes a table's checksum a function of its data
 * alone, so a backup taken on PGlite verifies after a restore into PostgreSQL and back.
 */
export async function useStableOutputSettings(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`SET LOCAL TimeZone = 'UTC'`);
  await tx.execute(sql`SET LOCAL DateStyle = 'ISO, YMD'`);
  await tx.execute(sql`SET LOCAL IntervalStyle = 'postgres'`);
  await tx.execute(sql`SET LOCAL extra_float_digits = 1`);
  await tx.execute(sql`SET LOCAL bytea_output = 'hex'`);
}

/**
 * One consistent snapshot for the whole dump. On PostgreSQL a SERIALIZABLE READ ONLY
 * DEFERRABLE transaction waits for a snapshot no concurrent writer can invalidate and then
 * runs without locks or serialisation failures; PGlite has one connection, so any snapshot is.
 */
export const SNAPSHOT_TRANSACTION = {
  isolationLevel: 'serializable',
  accessMode: 'read only',
  deferrable: true,
} as const;
