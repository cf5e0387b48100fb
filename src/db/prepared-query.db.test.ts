import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDb } from '../testing/open-test-db.ts';
import type { DbHandle } from './db-types.ts';
import { queryPreparedRows } from './prepared-query.ts';

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

  it('on PostgreSQL prepares the statement on the connection; elsewhere it runs it plainly', async () => {
    const marker = sql`SELECT ${'prepared-marker'}::text AS marker`;
    await queryPreparedRows(handle.db, marker);
    // The pool has several connections: ask each until one of them holds it, or none does.
    const held = await Promise.all(
      Array.from({ length: 5 }, () =>
        queryPreparedRows<{ n: number }>(
          handle.db,
          sql`SELECT count(*)::int AS n FROM pg_prepared_statements
              WHERE statement LIKE ${'%AS marker%'}`,
        ),
      ),
    );
    const holders = held.filter(([row]) => (row?.n ?? 0) > 0).length;
    if (handle.engine === 'postgres') expect(holders).toBeGreaterThan(0);
    else expect(holders).toBe(0);
  });

  it('runs inside a transaction', async () => {
    const rows = await handle.db.transaction((tx) =>
      queryPreparedRows<{ v: string }>(tx, sql`SELECT ${'in tx'}::text AS v`),
    );
    expect(rows).toEqual([{ v: 'in tx' }]);
  });
});
