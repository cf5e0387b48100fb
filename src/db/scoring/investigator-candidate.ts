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
