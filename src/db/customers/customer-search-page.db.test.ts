import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../app/demo/load-demo-data.ts';
import { CUSTOMER_SORTS } from '../../domain/customer-sorts.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import type { DbHandle } from '../db-types.ts';
import { customerListWhere, queryPlainPage } from './customer-list-query.ts';
import { querySearchPage } from './customer-search-page.ts';

/**
 * The one-pass search page must answer exactly what the plain page + count queries answer, for
 * every sort, on pages inside and past the end, with and without a record scope.
 */
let handle: DbHandle;

beforeAll(async () => {
  handle = await openTestDb();
  await loadDemoData(handle, {
    password: 'Search-Oracle-1',
    customers: 400,
    seed: 11,
    asOf: new Date('2026-06-30T10:00:00+08:00'),
  });
}, 120_000);

afterAll(async () => {
  await handle?.close();
});

const SCOPES = {
  all: sql`TRUE`,
  east: sql`customers.org_unit_id IN (SELECT id FROM org_units WHERE code = 'EAST')`,
};
// A common word, a rarer one, one character, a credit-code prefix, and nothing at all.
const TERMS = ['有限', '科技', '恒', '91', '不存在的公司'];

describe('querySearchPage', () => {
  it('agrees with the plain page and count for every sort, page and scope', async () => {
    let compared = 0;
    for (const [scopeName, scope] of Object.entries(SCOPES)) {
      for (const q of TERMS) {
        const where = customerListWhere({ scope, filters: { q } });
        for (const sort of CUSTOMER_SORTS) {
          for (const page of [1, 2, 50]) {
            const options = { sort, page, pageSize: 7 };
            const expected = await queryPlainPage(handle.db, where, options);
            const actual = await querySearchPage(handle.db, where, options);
            const label = `${scopeName} q=${q} sort=${sort} page=${page}`;
            expect(actual.total, label).toBe(expected.total);
            expect(actual.items, label).toEqual(expected.items);
            compared += actual.items.length;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('counts matches beyond the page and returns no items past the end', async () => {
    const where = customerListWhere({ scope: SCOPES.all, filters: { q: '有限' } });
    const first = await querySearchPage(handle.db, where, { sort: 'name', page: 1, pageSize: 5 });
    expect(first.items).toHaveLength(5);
    expect(first.total).toBeGreaterThan(5);
    const past = await querySearchPage(handle.db, where, { sort: 'name', page: 1000, pageSize: 5 });
    expect(past).toEqual({ items: [], total: first.total });
  });
});
