import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { CustomerSort } from '../../domain/customer-sorts.ts';
import { customerListWhere, type CustomerListFilters } from '../customers/customer-list-query.ts';
import type { DbOrTx } from '../db-types.ts';
import { customers, orgUnits } from '../schema/index.ts';
import { keysetBatches, keysetFields, keysetOrder, type KeysetKey } from './keyset.ts';

/** The list's sort as keyset keys: the same order as the list's pages, id breaking ties. */
function keysOf(sort: CustomerSort): KeysetKey[] {
  const desc = sort.startsWith('-');
  const id: KeysetKey = { expr: sql`${customers.id}`, type: 'bigint', desc };
  switch (sort.replace('-', '') as 'name' | 'updatedAt' | 'tier') {
    case 'name':
      return [{ expr: sql`${customers.name}`, type: 'text', desc }, id];
    case 'updatedAt':
      return [{ expr: sql`${customers.updatedAt}`, type: 'timestamptz', desc }, id];
    case 'tier':
      return [{ expr: sql`${customers.tier}`, type: 'text', desc, nullable: true }, id];
  }
}

/**
 * Every customer of the list under `scope` and `filters` (the predicate the list itself uses,
 * so an export can never hold a row the list would not show), in the list's order, in batches.
 */
export function customerExportBatches(
  db: DbOrTx,
  query: { scope: SQL; policiesBind: boolean; filters: CustomerListFilters; sort: CustomerSort },
  batchSize: number,
) {
  const keys = keysOf(query.sort);
  const where = customerListWhere(query);
  return keysetBatches(keys, batchSize, (after, limit) =>
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
        ...keysetFields(keys),
      })
      .from(customers)
      .innerJoin(orgUnits, eq(orgUnits.id, customers.orgUnitId))
      .where(and(where, after))
      .orderBy(...keysetOrder(keys))
      .limit(limit),
  );
}
