import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import {
  GUARDED_TABLES,
  NOT_PERSONAL_COLUMNS,
  PERSONAL_DATA_REGISTER,
} from '../../domain/privacy/personal-data-register.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import type { DbHandle } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

async function liveColumns(table: string): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    handle.db,
    sql`SELECT column_name AS name FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = ${table} ORDER BY 1`,
  );
  return rows.map((row) => row.name);
}

describe('the personal-data register (C7.7) covers the schema', () => {
  it.each(GUARDED_TABLES)(
    'classifies every column of %s (add a new one to the register)',
    async (table) => {
      const columns = await liveColumns(table);
      expect(columns.length).toBeGreaterThan(4);
      const classified = new Set([
        ...PERSONAL_DATA_REGISTER.filter((e) => e.table === table).map((e) => e.column),
        ...(NOT_PERSONAL_COLUMNS[table] ?? []),
      ]);
      expect(columns.filter((column) => !classified.has(column))).toEqual([]);
    },
  );

  it('names only columns that exist, and says why in three languages', async () => {
    for (const table of GUARDED_TABLES) {
      const columns = new Set(await liveColumns(table));
      for (const entry of PERSONAL_DATA_REGISTER.filter((e) => e.table === table)) {
        const column = entry.column.startsWith('sealed.') ? 'sealed' : entry.column;
        expect(columns.has(column), `${table}.${entry.column}`).toBe(true);
      }
    }
    for (const entry of PERSONAL_DATA_REGISTER)
      for (const text of [entry.field, entry.purpose, entry.retention])
        expect(
          Object.values(text).every((t) => t.length > 0),
          entry.column,
        ).toBe(true);
  });

  it('records where consent is kept for the sensitive details', () => {
    const sensitive = PERSONAL_DATA_REGISTER.filter((e) => e.dataClass === 'sensitive');
    expect(sensitive.map((e) => e.column)).toEqual([
      'sealed.family',
      'sealed.homeAddress',
      'sealed.hobbies',
      'sealed.notes',
    ]);
    for (const entry of sensitive) expect(entry.consentRecord).toContain('consent_basis');
  });
});
