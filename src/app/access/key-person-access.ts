import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/db-types.ts';
import { queryRows } from '../../db/query-rows.ts';
import type { Actor } from '../context.ts';

/**
 * SPEC C7.3, the one place that says who may see a customer's key-person private details (C1.4):
 * the account's managers (team members with team_role 'manager'), the regional manager whose org
 * unit subtree holds the customer, and the committee. Everyone else — directors, auditors,
 * support staff, secretaries, other KA managers — sees them masked, even where the record scope
 * lets them read and edit the rest of the file.
 *
 * Like record-scope.ts it is a SQL predicate over `customers` (not aliased), so lists and single
 * reads use the same rule. The system actor (local CLI operator) is unrestricted.
 */
export function keyPersonDetailsScope(actor: Actor): SQL {
  if (actor.kind === 'system') return sql`TRUE`;
  if (actor.roles.includes('committee')) return sql`TRUE`;
  const parts: SQL[] = [
    sql`EXISTS (SELECT 1 FROM customer_team ct WHERE ct.customer_id = customers.id AND ct.user_id = ${actor.userId} AND ct.team_role = 'manager')`,
  ];
  if (actor.roles.includes('regional_manager')) {
    const subtree = escapeLike(actor.orgUnitPath) + '%';
    parts.push(
      sql`customers.org_unit_id IN (SELECT ou.id FROM org_units ou WHERE ou.path LIKE ${subtree})`,
    );
  }
  return sql`(${sql.join(parts, sql` OR `)})`;
}

/** Whether the actor may see the key-person details of this one customer. */
export async function mayViewKeyPersonDetails(
  db: DbOrTx,
  actor: Actor,
  customerId: number,
): Promise<boolean> {
  const rows = await queryRows<{ allowed: boolean }>(
    db,
    sql`SELECT EXISTS (SELECT 1 FROM customers WHERE customers.id = ${customerId} AND ${keyPersonDetailsScope(actor)}) AS allowed`,
  );
  return rows[0]?.allowed === true;
}

// Same escaping as record-scope.ts: a path is digits and slashes, but never trust a LIKE pattern.
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
