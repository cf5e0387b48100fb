import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';

/** A table as the backup sees it: the columns it stores and the order it dumps rows in. */
export type BackupTable = {
  name: string;
  /** Stored columns in table order; generated columns are left out (the target recomputes them). */
  columns: string[];
  /** `ORDER BY` list: the primary key (text compared bytewise), else every column as text. */
  orderBy: string;
};

type CatalogRow = {
  name: string;
  columns: { name: string; collatable: boolean }[];
  primary_key: { name: string; collatable: boolean }[] | null;
};

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`backup: unexpected identifier ${name}`);
  return `"${name}"`;
}

/**
 * Every ordinary table of the public schema, read from the catalogue so that a table added by
 * a later migration cannot be forgotten. Drizzle's own bookkeeping lives in the `drizzle`
 * schema (the migration level is recorded separately). Text keys sort with COLLATE "C" so the
 * row order, and with it the checksum, is the same on PGlite and on a server whose default
 * collation differs.
 */
export async function listBackupTables(db: DbOrTx): Promise<BackupTable[]> {
  const rows = await queryRows<CatalogRow>(
    db,
    sql`SELECT c.relname AS name,
        (SELECT json_agg(json_build_object('name', a.attname, 'collatable', a.attcollation <> 0)
                ORDER BY a.attnum)
           FROM pg_attribute a
          WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            AND a.attgenerated = '') AS columns,
        (SELECT json_agg(json_build_object('name', a.attname, 'collatable', a.attcollation <> 0)
                ORDER BY k.ord)
           FROM pg_index i
          CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
           JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
          WHERE i.indrelid = c.oid AND i.indisprimary) AS primary_key
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT c.relispartition
       AND c.relname <> '__drizzle_migrations'
     ORDER BY c.relname`,
  );
  return rows.map((row) => {
    const orderBy = row.primary_key
      ? row.primary_key.map((k) => `${identifier(k.name)}${k.collatable ? ' COLLATE "C"' : ''}`)
      : row.columns.map((c) => `${identifier(c.name)}::text COLLATE "C"`);
    return {
      name: identifier(row.name).slice(1, -1),
      columns: row.columns.map((c) => identifier(c.name).slice(1, -1)),
      orderBy: orderBy.join(', '),
    };
  });
}

export function quotedTable(name: string): string {
  return identifier(name);
}
