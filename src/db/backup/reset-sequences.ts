import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';
import { quotedTable } from './backup-catalog.ts';

/**
 * After rows were loaded with their ids, moves every identity (or serial) sequence of the
 * public schema past the largest id, so the next insert does not collide with a restored row.
 * An empty table's sequence starts again at its first value.
 */
export async function resetSequences(tx: DbOrTx): Promise<number> {
  const owned = await queryRows<{ table: string; column: string; sequence: string }>(
    tx,
    sql`SELECT c.relname AS "table", a.attname AS "column",
               pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS sequence
          FROM pg_attribute a
          JOIN pg_class c ON c.oid = a.attrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
           AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`,
  );
  for (const { table, column, sequence } of owned) {
    const [row] = await queryRows<{ max: string | number | null }>(
      tx,
      sql.raw(`SELECT max("${column}") AS max FROM ${quotedTable(table)}`),
    );
    const max = row?.max === null || row?.max === undefined ? null : Number(row.max);
    if (max === null) await tx.execute(sql`SELECT setval(${sequence}::regclass, 1, false)`);
    else await tx.execute(sql`SELECT setval(${sequence}::regclass, ${max}, true)`);
  }
  return owned.length;
}
