import { and, eq, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { customers } from '../schema/index.ts';
import type { DbOrTx } from '../db-types.ts';
import { nameSearchPredicate } from './name-search.ts';
import { querySearchPage } from './customer-search-page.ts';
import { ITEM_SELECT, itemOrder, toPage, type CustomerListItem } from './customer-list-items.ts';
import { queryRows } from '../query-rows.ts';
import type {
  IndustrySection,
  KaClass,
  KaLevel,
  LifecycleStatus,
  RelationshipLevel,
  RelationshipStage,
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
  kaClass?: KaClass | undefined;
  relationshipLevel?: RelationshipLevel | undefined;
  relationshipStage?: RelationshipStage | undefined;
  needsSegment?: string | undefined;
  valueSegment?: string | undefined;
  /** Completeness strictly below this percentage (C1.11 "完整度低于 N%"). */
  completenessBelow?: number | undefined;
  /** Not reviewed since this instant (the start of the quarter, C1.11 "本季度未复核"). */
  notReviewedSince?: Date | undefined;
};

export type CustomerListQuery = {
  scope: SQL;
  /** Row-level security filters the statement (a scoped reader on PostgreSQL): name-search.ts. */
  policiesBind: boolean;
  filters: CustomerListFilters;
  sort: CustomerSort;
  page: number;
  pageSize: number;
};

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The scope and filters as one predicate over `customers` (also used by exports). */
export function customerListWhere({
  scope,
  filters,
  policiesBind,
}: Pick<CustomerListQuery, 'scope' | 'filters' | 'policiesBind'>): SQL | undefined {
  const parts: (SQL | undefined)[] = [scope];
  if (filters.q) parts.push(nameSearchPredicate(filters.q, policiesBind));
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
  parts.push(...classificationParts(filters));
  return and(...parts);
}

/** C1.2 classification and C1.11 data-quality filters. */
function classificationParts(filters: CustomerListFilters): SQL[] {
  const parts: SQL[] = [];
  if (filters.kaClass) parts.push(eq(customers.kaClass, filters.kaClass));
  if (filters.relationshipLevel)
    parts.push(eq(customers.relationshipLevel, filters.relationshipLevel));
  if (filters.relationshipStage)
    parts.push(eq(customers.relationshipStage, filters.relationshipStage));
  if (filters.needsSegment) parts.push(eq(customers.needsSegment, filters.needsSegment));
  if (filters.valueSegment) parts.push(eq(customers.valueSegment, filters.valueSegment));
  if (filters.completenessBelow !== undefined)
    parts.push(lt(customers.completeness, filters.completenessBelow));
  if (filters.notReviewedSince) {
    parts.push(
      or(isNull(customers.lastReviewedAt), lt(customers.lastReviewedAt, filters.notReviewedSince))!,
    );
  }
  return parts;
}

/** One page and the total, both under the same scope and filters. */
export async function queryCustomerList(
  db: DbOrTx,
  query: CustomerListQuery,
): Promise<{ items: CustomerListItem[]; total: number }> {
  const where = customerListWhere(query);
  // A name search visits every match in the heap anyway: count and page in one pass.
  if (query.filters.q) return querySearchPage(db, where, query);
  return queryPlainPage(db, where, query);
}

/**
 * Page and total in one statement (one round trip, one plan), each answered by an index: the
 * page walks a sort index, the count is an index-only scan (the list indexes hold live files
 * only).
 */
export async function queryPlainPage(
  db: DbOrTx,
  where: SQL | undefined,
  query: Pick<CustomerListQuery, 'sort' | 'page' | 'pageSize'>,
): Promise<{ items: CustomerListItem[]; total: number }> {
  const filter = where ? sql`WHERE ${where}` : sql``;
  const offset = (query.page - 1) * query.pageSize;
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`SELECT counted.total, page.*
        FROM (SELECT count(*) AS total FROM customers ${filter}) counted
        LEFT JOIN LATERAL (
          SELECT ${ITEM_SELECT}, ou.name AS org_unit_name
          FROM customers JOIN org_units ou ON ou.id = customers.org_unit_id
          ${filter}
          ORDER BY ${itemOrder(query.sort, 'customers')}
          LIMIT ${query.pageSize} OFFSET ${offset}
        ) page ON TRUE
        ORDER BY ${itemOrder(query.sort, 'page')}`,
  );
  return toPage(rows);
}
