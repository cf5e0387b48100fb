import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';

/**
 * Whether a user may investigate appeals (C2.7): an active (not disabled) account holding the
 * committee role and not the auditor's, who never acts.
 */
export async function isActiveCommitteeMember(db: DbOrTx, userId: number): Promise<boolean> {
  const [row] = await queryRows<{ ok: unknown }>(
    db,
    sql`SELECT (bool_or(ur.role = 'committee') AND NOT bool_or(ur.role = 'auditor')) AS ok
        FROM users u JOIN user_roles ur ON ur.user_id = u.id
        WHERE u.id = ${userId}::bigint AND u.disabled_at IS NULL`,
  );
  return row?.ok === true || row?.ok === 't';
}

export type Investigator = { id: number; displayName: string; username: string };

/** Every user who may investigate appeals, by name, for the committee's assignment picker. */
export async function listInvestigators(db: DbOrTx): Promise<Investigator[]> {
  const rows = await queryRows<{ id: unknown; display_name: string; username: string }>(
    db,
    sql`SELECT u.id, u.display_name, u.username
        FROM users u JOIN user_roles ur ON ur.user_id = u.id
        WHERE u.disabled_at IS NULL
        GROUP BY u.id, u.display_name, u.username
        HAVING bool_or(ur.role = 'committee') AND NOT bool_or(ur.role = 'auditor')
        ORDER BY u.display_name, u.id`,
  );
  return rows.map((row) => ({
    id: Number(row.id),
    displayName: row.display_name,
    username: row.username,
  }));
}
