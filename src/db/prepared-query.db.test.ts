import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDb } from '../testing/open-test-db.ts';
import type { DbHandle } from './db-types.ts';
import { queryPreparedRows, sqlLiteral } from './prepared-query.ts';
import { queryRows } from './query-rows.ts';

let handle: DbHandle;

beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe('queryPreparedRows', () => {
  it('answers with each call’s own values, past the executions after which a plan is kept', async () => {
    for (let n = 1; n <= 12; n++) {
      const rows = await queryPreparedRows<{ n: number; label: string }>(
        handle.db,
        sql`SELECT ${n}::int * 2 AS n, ${`第${n}次`}::text AS label`,
      );
      expect(rows).toEqual([{ n: n * 2, label: `第${n}次` }]);
    }
  });

  it('keeps statements of different text apart', async () => {
    const [a] = await queryPreparedRows<{ v: number }>(handle.db, sql`SELECT ${1}::int AS v`);
    const [b] = await queryPreparedRows<{ v: number }>(handle.db, sql`SELECT ${1}::int + 1 AS v`);
    expect([a?.v, b?.v]).toEqual([1, 2]);
  });

  it('prepares the statement on the connection', async () => {
    const marker = sql`SELECT ${'prepared-marker'}::text AS marker`;
    await queryPreparedRows(handle.db, marker);
    // A pool has several connections: ask each until one of them holds it (PGlite has one).
    const held = await Promise.all(
      Array.from({ length: 5 }, () =>
        queryPreparedRows<{ n: number }>(
          handle.db,
          sql`SELECT count(*)::int AS n FROM pg_prepared_statements
              WHERE statement LIKE ${'%AS marker%'}`,
        ),
      ),
    );
    expect(held.filter(([row]) => (row?.n ?? 0) > 0).length).toBeGreaterThan(0);
  });

  it('passes text, numbers, booleans and nulls through unchanged, quotes and backslashes too', async () => {
    const tricky = `it's \\ "x"'); DROP TABLE users; --`;
    for (let round = 0; round < 7; round++) {
      const [row] = await queryPreparedRows<Record<string, unknown>>(
        handle.db,
        sql`SELECT ${tricky}::text AS t, ${-12.5}::numeric::text AS n, ${true}::boolean AS b,
                   ${null}::text AS z, ${'2026-02-28'}::date + 1 AS d`,
      );
      expect(row).toMatchObject({ t: tricky, n: '-12.5', b: true, z: null });
    }
    const [users] = await queryRows<{ n: number }>(
      handle.db,
      sql`SELECT count(*)::int AS n FROM users`,
    );
    expect(users?.n).toBeGreaterThanOrEqual(0);
  });

  it('runs inside a transaction', async () => {
    const rows = await handle.db.transaction((tx) =>
      queryPreparedRows<{ v: string }>(tx, sql`SELECT ${'in tx'}::text AS v`),
    );
    expect(rows).toEqual([{ v: 'in tx' }]);
  });

  it('refuses to write anything but text, numbers, booleans and null as a literal', () => {
    expect(sqlLiteral("O'Brien")).toBe("'O''Brien'");
    expect(() => sqlLiteral(Number.NaN)).toThrow();
    expect(() => sqlLiteral('a\0b')).toThrow();
    expect(() => sqlLiteral({})).toThrow();
  });
});
