import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDb } from '../../testing/open-test-db.ts';
import type { DbHandle } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';
import { CUSTOMER_OWNED_COLUMNS, ownedKey } from './customer-owned-tables.ts';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const known = new Set(CUSTOMER_OWNED_COLUMNS.map(ownedKey));

/** Columns of the migrated schema: `table.column`. */
async function columns(where: ReturnType<typeof sql>): Promise<string[]> {
  const rows = await queryRows<{ key: string }>(
    handle.db,
    sql`SELECT c.table_name || '.' || c.column_name AS key
        FROM information_schema.columns c
        JOIN information_schema.tables t
          ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND ${where}
        ORDER BY 1`,
  );
  return rows.map((row) => row.key);
}

describe('customer-owned-tables.ts knows every column that points at a customer', () => {
  it('lists every customer_id column of the schema (add a new table there, with its merge policy)', async () => {
    const found = await columns(sql`c.column_name = 'customer_id'`);
    expect(found.length).toBeGreaterThan(5);
    expect(found.filter((key) => !known.has(key))).toEqual([]);
  });

  it('lists every foreign key to customers, whatever the column is called', async () => {
    const rows = await queryRows<{ key: string }>(
      handle.db,
      sql`SELECT src.relname || '.' || a.attname AS key
          FROM pg_constraint con
          JOIN pg_class src ON src.oid = con.conrelid
          JOIN pg_namespace ns ON ns.oid = src.relnamespace
          JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = ANY(con.conkey)
          WHERE con.contype = 'f' AND con.confrelid = 'customers'::regclass
            AND ns.nspname = 'public'`,
    );
    expect(rows.map((row) => row.key).filter((key) => !known.has(key))).toEqual([]);
  });

  it('lists columns of customers that name another customer', async () => {
    const found = await columns(
      sql`c.table_name = 'customers' AND c.column_name LIKE '%customer_id' OR c.table_name = 'customers' AND c.column_name LIKE '%_into_id'`,
    );
    expect(found.filter((key) => !known.has(key))).toEqual([]);
  });

  it('names only columns that exist, and gives moved rows a single id key', async () => {
    const all = new Set(await columns(sql`TRUE`));
    for (const entry of CUSTOMER_OWNED_COLUMNS) {
      expect(all.has(ownedKey(entry)), ownedKey(entry)).toBe(true);
      if (entry.policy === 'move' || entry.policy === 'repoint')
        expect(all.has(`${entry.table}.id`), `${entry.table}.id`).toBe(true);
      if (entry.policy === 'team') expect(all.has(`${entry.table}.user_id`)).toBe(true);
    }
  });
});
