import { and, asc, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { customers, orgUnits } from '../schema/index.ts';
import type { DbOrTx } from '../db-types.ts';
import { nameSearchPredicate } from './name-search.ts';
import type {
  IndustrySection,
  KaLevel,
  LifecycleStatus,
  Tier,
} from '../../domain/customer-fields.ts';
import type { CustomerSort } from '../../domain/customer-sorts.ts';

export type CustomerListFilters = {
  q?: string | undefined;
  /** Customers of this org unit's subtree. */
  orgUnitPath?: string | undefined;
  industry?: IndustrySection | undefined;
  /** 'none' selects customers without a tier yet. */
  tier?: Tier | 'none' | undefined;
  kaLevel?: KaLevel | undefined;
  lifecycleStatus?: LifecycleStatus | undefined;
};

export type CustomerListQuery = {
  scope: SQL;
  filters: CustomerListFilters;
  sort: CustomerSort;
  page: number;
  pageSize: number;
};

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function whereOf({ scope, filters }: CustomerListQuery): SQL | undefined {
  const parts: (SQL | undefined)[] = [scope];
  if (filters.q) parts.push(nameSearchPredicate(filters.q));
  if (filters.orgUnitPath) {
    parts.push(
      sql`${customers.orgUnitId} IN (SELECT ou.id FROM org_units ou WHERE ou.path LIKE ${escapeLike(filters.orgUnitPath) + '%'})`,
    );
  }
  if (filters.industry) parts.push(eq(customers.industry, filters.industry));
  if (filters.tier === 'none') parts.push(isNull(customers.tier));
  else if (filters.tier) parts.push(eq(customers.tier, filters.tier));
  if (filters.kaLevel) parts.push(eq(customers.kaLevel, filters.kaLevel));
  if (filters.lifecycleStatus) parts.push(eq(customers.lifecycleStatus, filters.lifecycleStatus));
  return and(...parts);
}

function orderOf(sort: CustomerSort): SQL[] {
  const direction = sort.startsWith('-') ? desc : asc;
  const column = {
    name: customers.name,
    updatedAt: customers.updatedAt,
    tier: customers.tier,
  }[sort.replace('-', '') as 'name' | 'updatedAt' | 'tier'];
  // Ties broken by id so paging is stable; untiered customers sort after D either way.
  const nulls = column === customers.tier ? sql` NULLS LAST` : sql``;
  return [sql`${direction(column)}${nulls}`, direction(customers.id)];
}

/** One page and the total, both under the same scope and filters (two indexed queries). */
export async function queryCustomerList(db: DbOrTx, query: CustomerListQuery) {
  const where = whereOf(query);
  const [items, countRows] = await Promise.all([
    db
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
        kaLevel: customers.kaLevel,
        lifecycleStatus: customers.lifecycleStatus,
        updatedAt: customers.updatedAt,
      })
      .from(customers)
      .innerJoin(orgUnits, eq(orgUnits.id, customers.orgUnitId))
      .where(where)
      .orderBy(...orderOf(query.sort))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ total: sql<number>`count(*)` })
      .from(customers)
      .where(where),
  ]);
  return { items, total: Number(countRows[0]?.total ?? 0) };
}
