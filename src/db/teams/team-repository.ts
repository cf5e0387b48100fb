import { and, eq, sql } from 'drizzle-orm';
import type { TeamAccessLevel, TeamRole } from '../../domain/customer-fields.ts';
import type { Role } from '../../domain/roles.ts';
import type { DbOrTx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';
import { customerTeam } from '../schema/index.ts';

export type TeamMemberRow = {
  userId: number;
  username: string;
  displayName: string;
  orgUnitId: number;
  orgUnitName: string;
  teamRole: string;
  accessLevel: TeamAccessLevel;
  since: Date;
  /** The member's account is disabled: still on the team (the record says who was), inert. */
  disabled: boolean;
};

type RawMember = {
  user_id: unknown;
  username: string;
  display_name: string;
  org_unit_id: unknown;
  org_unit_name: string;
  team_role: string;
  access_level: TeamAccessLevel;
  since: Date | string;
  disabled: boolean;
};

/** The account team, managers first, then the executive sponsor, then support, by name. */
export async function listTeamMembers(
  db: DbOrTx,
  customerId: number,
  userId?: number,
): Promise<TeamMemberRow[]> {
  const one = userId === undefined ? sql`` : sql` AND ct.user_id = ${userId}`;
  const rows = await queryRows<RawMember>(
    db,
    sql`SELECT ct.user_id, u.username, u.display_name, u.org_unit_id, ou.name AS org_unit_name,
               ct.team_role, ct.access_level, ct.since, (u.disabled_at IS NOT NULL) AS disabled
        FROM customer_team ct
        JOIN users u ON u.id = ct.user_id
        JOIN org_units ou ON ou.id = u.org_unit_id
        WHERE ct.customer_id = ${customerId}${one}
        ORDER BY CASE ct.team_role WHEN 'manager' THEN 0 WHEN 'executive_sponsor' THEN 1 ELSE 2 END,
                 u.display_name, ct.user_id`,
  );
  return rows.map((row) => ({
    userId: Number(row.user_id),
    username: row.username,
    displayName: row.display_name,
    orgUnitId: Number(row.org_unit_id),
    orgUnitName: row.org_unit_name,
    teamRole: row.team_role,
    accessLevel: row.access_level,
    since: new Date(row.since),
    disabled: row.disabled,
  }));
}

export async function findTeamMember(
  db: DbOrTx,
  customerId: number,
  userId: number,
): Promise<TeamMemberRow | undefined> {
  const [row] = await listTeamMembers(db, customerId, userId);
  return row;
}

/**
 * Serialises changes of one customer's team for the rest of the transaction, so the check
 * "another editing manager remains" cannot be raced by a second removal. NO KEY UPDATE: it
 * does not block the foreign-key checks of rows that merely refer to the customer.
 */
export async function lockTeamOf(tx: DbOrTx, customerId: number): Promise<void> {
  await tx.execute(sql`SELECT id FROM customers WHERE id = ${customerId} FOR NO KEY UPDATE`);
}

/**
 * How many members other than `userId` keep the account answerable: team role 'manager',
 * access level 'edit', on an account that can still sign in.
 */
export async function countOtherEditingManagers(
  db: DbOrTx,
  customerId: number,
  userId: number,
): Promise<number> {
  const [row] = await queryRows<{ n: string | number }>(
    db,
    sql`SELECT count(*) AS n FROM customer_team ct JOIN users u ON u.id = ct.user_id
        WHERE ct.customer_id = ${customerId} AND ct.user_id <> ${userId}
          AND ct.team_role = 'manager' AND ct.access_level = 'edit' AND u.disabled_at IS NULL`,
  );
  return Number(row?.n ?? 0);
}

export async function insertTeamMember(
  tx: DbOrTx,
  member: {
    customerId: number;
    userId: number;
    teamRole: TeamRole;
    accessLevel: TeamAccessLevel;
    since: Date;
  },
): Promise<boolean> {
  const rows = await tx
    .insert(customerTeam)
    .values(member)
    .onConflictDoNothing()
    .returning({ userId: customerTeam.userId });
  return rows.length > 0;
}

export async function updateTeamMember(
  tx: DbOrTx,
  customerId: number,
  userId: number,
  values: { teamRole: string; accessLevel: TeamAccessLevel },
): Promise<void> {
  await tx
    .update(customerTeam)
    .set(values)
    .where(and(eq(customerTeam.customerId, customerId), eq(customerTeam.userId, userId)));
}

export async function deleteTeamMember(
  tx: DbOrTx,
  customerId: number,
  userId: number,
): Promise<void> {
  await tx
    .delete(customerTeam)
    .where(and(eq(customerTeam.customerId, customerId), eq(customerTeam.userId, userId)));
}

export type TeamCandidateUser = {
  userId: number;
  username: string;
  displayName: string;
  orgUnitId: number;
  orgUnitName: string;
  roles: Role[];
  disabled: boolean;
};

type RawCandidate = {
  id: unknown;
  username: string;
  display_name: string;
  org_unit_id: unknown;
  org_unit_name: string;
  roles: Role[];
  disabled: boolean;
};

const CANDIDATE_COLUMNS = sql`u.id, u.username, u.display_name, u.org_unit_id,
  ou.name AS org_unit_name, (u.disabled_at IS NOT NULL) AS disabled,
  coalesce((SELECT array_agg(ur.role ORDER BY ur.role) FROM user_roles ur WHERE ur.user_id = u.id), '{}') AS roles`;

function toCandidate(row: RawCandidate): TeamCandidateUser {
  return {
    userId: Number(row.id),
    username: row.username,
    displayName: row.display_name,
    orgUnitId: Number(row.org_unit_id),
    orgUnitName: row.org_unit_name,
    roles: row.roles,
    disabled: row.disabled,
  };
}

/** A user who might join a team, disabled or not (the use case says why one may not). */
export async function findTeamCandidateUser(
  db: DbOrTx,
  userId: number,
): Promise<TeamCandidateUser | undefined> {
  const [row] = await queryRows<RawCandidate>(
    db,
    sql`SELECT ${CANDIDATE_COLUMNS}
        FROM users u JOIN org_units ou ON ou.id = u.org_unit_id
        WHERE u.id = ${userId}`,
  );
  return row ? toCandidate(row) : undefined;
}

/**
 * Active users holding one of `roles`, not yet on the customer's team, whose username or name
 * contains `search` (case-insensitive); at most `limit`, by name.
 */
export async function searchTeamCandidates(
  db: DbOrTx,
  options: { customerId: number; search: string; roles: readonly Role[]; limit: number },
): Promise<TeamCandidateUser[]> {
  const pattern = `%${escapeLike(options.search)}%`;
  const roles = sql.join(
    options.roles.map((role) => sql`${role}`),
    sql`, `,
  );
  const rows = await queryRows<RawCandidate>(
    db,
    sql`SELECT ${CANDIDATE_COLUMNS}
        FROM users u JOIN org_units ou ON ou.id = u.org_unit_id
        WHERE u.disabled_at IS NULL
          AND EXISTS (SELECT 1 FROM user_roles ur WHERE ur.user_id = u.id AND ur.role IN (${roles}))
          AND NOT EXISTS (SELECT 1 FROM customer_team ct
                          WHERE ct.customer_id = ${options.customerId} AND ct.user_id = u.id)
          AND (u.username ILIKE ${pattern} OR u.display_name ILIKE ${pattern})
        ORDER BY u.display_name, u.id
        LIMIT ${options.limit}`,
  );
  return rows.map(toCandidate);
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
