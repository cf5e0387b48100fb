import { and, eq, sql, type SQL } from 'drizzle-orm';
import { customers, customerTeam, orgUnits } from '../schema/index.ts';
import type { TeamAccessLevel } from '../../domain/customer-fields.ts';
import type { DbOrTx } from '../db-types.ts';
import { parsedJson } from '../row-json.ts';

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

export type TeamMember = {
  userId: number;
  displayName: string;
  teamRole: string;
  accessLevel: TeamAccessLevel;
};

/** The account team, managers first, as one JSON value: a scalar subquery of the 360. */
export function teamJson(customerId: number): SQL {
  return sql`(
    SELECT coalesce(json_agg(json_build_object(
             'userId', ct.user_id, 'displayName', u.display_name,
             'teamRole', ct.team_role, 'accessLevel', ct.access_level)
           ORDER BY ct.team_role, u.display_name), '[]'::json)
    FROM customer_team ct JOIN users u ON u.id = ct.user_id
    WHERE ct.customer_id = ${customerId})`;
}

export function teamFromJson(value: unknown): TeamMember[] {
  return parsedJson<TeamMember[]>(value).map((member) => ({
    ...member,
    userId: Number(member.userId),
  }));
}

export async function orgUnitOf(db: DbOrTx, orgUnitId: number) {
  const [row] = await db
    .select({ id: orgUnits.id, code: orgUnits.code, name: orgUnits.name, path: orgUnits.path })
    .from(orgUnits)
    .where(eq(orgUnits.id, orgUnitId));
  return row;
}
