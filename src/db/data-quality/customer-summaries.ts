import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { customers, orgUnits } from '../schema/index.ts';
import type { DbOrTx } from '../db-types.ts';

/** What the data-quality screens show of a customer to tell two similar files apart. */
export async function customerSummaries(db: DbOrTx, ids: readonly number[], scope: SQL) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: customers.id,
      name: customers.name,
      shortName: customers.shortName,
      creditCode: customers.creditCode,
      province: customers.province,
      city: customers.city,
      orgUnitId: customers.orgUnitId,
      orgUnitName: orgUnits.name,
      tier: customers.tier,
      lifecycleStatus: customers.lifecycleStatus,
      completeness: customers.completeness,
      lastReviewedAt: customers.lastReviewedAt,
      mergedIntoId: customers.mergedIntoId,
      version: customers.version,
      updatedAt: customers.updatedAt,
    })
    .from(customers)
    .innerJoin(orgUnits, eq(orgUnits.id, customers.orgUnitId))
    .where(and(inArray(customers.id, [...ids]), scope));
}

export type CustomerSummary = Awaited<ReturnType<typeof customerSummaries>>[number];

/** The file holding a credit code, merged or not (merged files keep their code). */
export async function findByCreditCode(db: DbOrTx, creditCode: string) {
  const [row] = await db
    .select({ id: customers.id, mergedIntoId: customers.mergedIntoId })
    .from(customers)
    .where(eq(customers.creditCode, creditCode));
  return row;
}

export async function mergedIntoOf(db: DbOrTx, id: number, scope: SQL) {
  const [row] = await db
    .select({ mergedIntoId: customers.mergedIntoId })
    .from(customers)
    .where(and(eq(customers.id, id), scope));
  return row?.mergedIntoId ?? null;
}
