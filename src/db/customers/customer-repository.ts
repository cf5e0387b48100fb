import { and, eq, sql, type SQL } from 'drizzle-orm';
import { customers, customerTeam, orgUnits, users } from '../schema/index.ts';
import type { DbOrTx } from '../db-types.ts';

export type CustomerRow = typeof customers.$inferSelect;
export type NewCustomerRow = typeof customers.$inferInsert;

export async function findCustomer(
  db: DbOrTx,
  id: number,
  scope: SQL,
): Promise<CustomerRow | undefined> {
  const [row] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.id, id), scope));
  return row;
}

export async function findCustomerIdByCreditCode(db: DbOrTx, creditCode: string) {
  const [row] = await db
    .select({ id: customers.id })
    .from(customers)
    .where(eq(customers.creditCode, creditCode));
  return row?.id;
}

export async function insertCustomer(tx: DbOrTx, values: NewCustomerRow): Promise<CustomerRow> {
  const [row] = await tx.insert(customers).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Updates only when `version` still matches; undefined means someone else changed it first. */
export async function updateCustomerIfVersion(
  tx: DbOrTx,
  id: number,
  version: number,
  values: Partial<NewCustomerRow>,
): Promise<CustomerRow | undefined> {
  const [row] = await tx
    .update(customers)
    .set({ ...values, version: sql`${customers.version} + 1` })
    .where(and(eq(customers.id, id), eq(customers.version, version)))
    .returning();
  return row;
}

export async function addTeamMember(
  tx: DbOrTx,
  member: {
    customerId: number;
    userId: number;
    teamRole: string;
    accessLevel: 'read' | 'edit';
    since: Date;
  },
) {
  await tx.insert(customerTeam).values(member).onConflictDoNothing();
}

export async function teamOf(db: DbOrTx, customerId: number) {
  return db
    .select({
      userId: customerTeam.userId,
      displayName: users.displayName,
      teamRole: customerTeam.teamRole,
      accessLevel: customerTeam.accessLevel,
    })
    .from(customerTeam)
    .innerJoin(users, eq(users.id, customerTeam.userId))
    .where(eq(customerTeam.customerId, customerId))
    .orderBy(customerTeam.teamRole, users.displayName);
}

export async function orgUnitOf(db: DbOrTx, orgUnitId: number) {
  const [row] = await db
    .select({ id: orgUnits.id, code: orgUnits.code, name: orgUnits.name, path: orgUnits.path })
    .from(orgUnits)
    .where(eq(orgUnits.id, orgUnitId));
  return row;
}
