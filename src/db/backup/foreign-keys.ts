import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';
import { quotedTable } from './backup-catalog.ts';

export type ForeignKey = { table: string; name: string; definition: string };

/**
 * Drops the public schema's foreign keys for a bulk load and returns them for `addForeignKeys`.
 * Loading with them in place would need an order that self-references (org unit parents,
 * merged customers) and cycles cannot always give; adding them back afterwards checks every
 * row at once, as pg_dump's restores do. Call inside the restore's transaction only: a failure
 * rolls the drop back with everything else. Orders are checked against customers per statement
 * by triggers instead (migration 0020), which stay on: tables load in name order, so
 * `customers` is in before `transactions`.
 */
export async function dropForeignKeys(tx: DbOrTx): Promise<ForeignKey[]> {
  const keys = await queryRows<ForeignKey>(
    tx,
    sql`SELECT c.relname AS "table", k.conname AS name, pg_get_constraintdef(k.oid) AS definition
          FROM pg_constraint k
          JOIN pg_class c ON c.oid = k.conrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE k.contype = 'f' AND n.nspname = 'public'
         ORDER BY c.relname, k.conname`,
  );
  for (const key of keys) {
    await tx.execute(
      sql.raw(`ALTER TABLE ${quotedTable(key.table)} DROP CONSTRAINT "${key.name}"`),
    );
  }
  return keys;
}

/** Adds back what `dropForeignKeys` dropped, under the same names; checks every loaded row. */
export async function addForeignKeys(tx: DbOrTx, keys: readonly ForeignKey[]): Promise<void> {
  for (const key of keys) {
    await tx.execute(
      sql.raw(
        `ALTER TABLE ${quotedTable(key.table)} ADD CONSTRAINT "${key.name}" ${key.definition}`,
      ),
    );
  }
}
