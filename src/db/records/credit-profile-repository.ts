import { and, eq, sql, type SQL } from 'drizzle-orm';
import { creditProfiles } from '../schema/index.ts';
import type { DbOrTx } from '../db-types.ts';
import { rowFromJson, rowJson } from '../row-json.ts';

export type CreditProfileRow = typeof creditProfiles.$inferSelect;
export type NewCreditProfileRow = typeof creditProfiles.$inferInsert;

/** The customer's credit profile (its primary key is the customer id), if one was entered. */
export async function findCreditProfileRow(
  db: DbOrTx,
  customerId: number,
): Promise<CreditProfileRow | undefined> {
  const [row] = await db
    .select()
    .from(creditProfiles)
    .where(eq(creditProfiles.customerId, customerId));
  return row;
}

/** `findCreditProfileRow` as one JSON value (null without a profile), a scalar subquery. */
export function creditProfileJson(customerId: number): SQL {
  return sql`(SELECT ${rowJson(creditProfiles, 'credit_profiles')} FROM credit_profiles
              WHERE credit_profiles.customer_id = ${customerId})`;
}

export function creditProfileFromJson(value: unknown): CreditProfileRow | undefined {
  return value === null || value === undefined ? undefined : rowFromJson(creditProfiles, value);
}

/**
 * The first profile of a customer. ON CONFLICT DO NOTHING: when two first saves race, the
 * loser gets undefined and answers "changed by someone else", like a stale edit.
 */
export async function insertCreditProfileRow(
  tx: DbOrTx,
  values: NewCreditProfileRow,
): Promise<CreditProfileRow | undefined> {
  const [row] = await tx.insert(creditProfiles).values(values).onConflictDoNothing().returning();
  return row;
}

/** Updates only when `version` still matches; undefined means someone else changed it first. */
export async function updateCreditProfileIfVersion(
  tx: DbOrTx,
  customerId: number,
  version: number,
  values: Partial<NewCreditProfileRow>,
): Promise<CreditProfileRow | undefined> {
  const [row] = await tx
    .update(creditProfiles)
    .set({ ...values, version: sql`${creditProfiles.version} + 1` })
    .where(and(eq(creditProfiles.customerId, customerId), eq(creditProfiles.version, version)))
    .returning();
  return row;
}
