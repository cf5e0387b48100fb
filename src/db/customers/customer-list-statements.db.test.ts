import { asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../app/demo/load-demo-data.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import { CUSTOMER_SORTS, type CustomerSort } from '../../domain/customer-sorts.ts';
import type { DbHandle } from '../db-types.ts';
import { customers, orgUnits } from '../schema/index.ts';
import { customerListWhere, queryPlainPage } from './customer-list-query.ts';
import { querySearchPage } from './customer-search-page.ts';

/**
 * Both hand-written list statements (the plain page with its count in one statement, the
 * search page over materialised matches) must answer exactly what drizzle's query builder
 * answers as two separate queries, for every sort, on pages inside and past the end, with and
 * without a record scope.
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
const TERMS = ['有限', '科技', '恒', '91', '不存在的公司', undefined];

async function referencePage(
  where: SQL | undefined,
  options: { sort: CustomerSort; page: number; pageSize: number },
) {
  const direction = options.sort.startsWith('-') ? desc : asc;
  const key = options.sort.replace('-', '') as 'name' | 'updatedAt' | 'tier';
  const column = { name: customers.name, updatedAt: customers.updatedAt, tier: customers.tier }[
    key
  ];
  const nulls = key === 'tier' ? sql` NULLS LAST` : sql``;
  const items = await handle.db
    .select({
      id: customers.id,
      name: customers.name,
      shortName: customers.shortName,
      creditCode: customers.creditCode,
      industry: customers.industry,
      nature: customers.nature,
      province: customers.province,
      city: customers.city,
      orgUnitId: customers.orgUnitId,
      orgUnitName: orgUnits.name,
      tier: customers.tier,
      tierSource: customers.tierSource,
      kaLevel: customers.kaLevel,
      lifecycleStatus: customers.lifecycleStatus,
      kaClass: customers.kaClass,
      relationshipLevel: customers.relationshipLevel,
      relationshipStage: customers.relationshipStage,
      needsSegment: customers.needsSegment,
      valueSegment: customers.valueSegment,
      completeness: customers.completeness,
      lastReviewedAt: customers.lastReviewedAt,
      updatedAt: customers.updatedAt,
    })
    .from(customers)
    .innerJoin(orgUnits, eq(orgUnits.id, customers.orgUnitId))
    .where(where)
    .orderBy(sql`${direction(column)}${nulls}`, direction(customers.id))
    .limit(options.pageSize)
    .offset((options.page - 1) * options.pageSize);
  const total = await handle.db.$count(customers, where);
  return { items, total };
}

describe('the customer list statements', () => {
  it('agree with the query builder for every sort, page, scope and filter', async () => {
    let compared = 0;
    for (const [scopeName, scope] of Object.entries(SCOPES)) {
      for (const q of TERMS) {
        const filters = q === undefined ? { tier: 'B' as const } : { q };
        const where = customerListWhere({ scope, filters, policiesBind: false });
        // The shape for readers under row-level security (ids from the keys' lookup first).
        const whereUnderPolicies = customerListWhere({ scope, filters, policiesBind: true });
        for (const sort of CUSTOMER_SORTS) {
          for (const page of [1, 2, 50]) {
            const options = { sort, page, pageSize: 7 };
            const expected = await referencePage(where, options);
            const label = `${scopeName} q=${q} sort=${sort} page=${page}`;
            for (const run of [querySearchPage, queryPlainPage]) {
              for (const [shape, clause] of [
                ['direct', where],
                ['by ids', whereUnderPolicies],
              ]) {
                const actual = await run(handle.db, clause as SQL, options);
                const message = `${run.name} ${shape} ${label}`;
                expect(actual.total, message).toBe(expected.total);
                expect(actual.items, message).toEqual(expected.items);
                compared += actual.items.length;
              }
            }
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('count matches beyond the page and return no items past the end', async () => {
    for (const run of [querySearchPage, queryPlainPage]) {
      const where = customerListWhere({
        scope: SCOPES.all,
        filters: { q: '有限' },
        policiesBind: false,
      });
      const first = await run(handle.db, where, { sort: 'name', page: 1, pageSize: 5 });
      expect(first.items).toHaveLength(5);
      expect(first.total).toBeGreaterThan(5);
      const past = await run(handle.db, where, { sort: 'name', page: 1000, pageSize: 5 });
      expect(past).toEqual({ items: [], total: first.total });
    }
  });
});
