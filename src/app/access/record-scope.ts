import { sql, type SQL } from 'drizzle-orm';
import { customerAccess } from '../../domain/permissions.ts';
import type { Actor } from '../context.ts';

/**
 * The one place that turns an actor into the SQL predicate over `customers` (SPEC C7.2).
 * Every list, count, search, read and write of customer data goes through it. The predicate
 * refers to the table as `customers`; queries must not alias it.
 *
 * For a user it is an OR of at most two parts, each decided by the roles (permissions.ts):
 *
 *   read:  all | customer in the user's org unit subtree | a customer_team row of the user
 *   write: all | customer in the user's org unit subtree | a customer_team row of the user
 *                                                          with access_level = 'edit'
 *
 * The team part counts for every role that works on accounts (permissions.ts: not the admin,
 * and the auditor reads everything anyway). A team row's access level decides, not its team
 * role: team role 'manager' matters only for key-person details (key-person-access.ts) and
 * rating (scoring-access.ts). The auditor never writes, whatever a row says (permissions.ts
 * clears every write flag). Nothing here is cached: a member removed or set to 'read' loses the
 * access on their very next request.
 *
 * The system actor (local CLI operator, demo loader) is unrestricted: it already holds the
 * database files.
 */
export function customerReadScope(actor: Actor): SQL {
  return sql`(${NOT_MERGED} AND ${customerReadScopeIncludingMerged(actor)})`;
}

export function customerWriteScope(actor: Actor): SQL {
  return sql`(${NOT_MERGED} AND ${customerWriteScopeIncludingMerged(actor)})`;
}

/**
 * Who may change a customer's account team (add, change, remove members): write scope through
 * the org unit or all, never through the team itself, so a team cannot widen itself — a KA
 * manager with `edit` access edits the file but does not pick who else sees it.
 */
export function customerTeamManagementScope(actor: Actor): SQL {
  if (actor.kind === 'system') return sql`(${NOT_MERGED} AND TRUE)`;
  const access = customerAccess(actor.roles);
  if (access.writeAll) return sql`(${NOT_MERGED} AND TRUE)`;
  const reach = access.writeSubtree ? subtreePredicate(actor.orgUnitPath) : sql`FALSE`;
  return sql`(${NOT_MERGED} AND ${reach})`;
}

/**
 * Building blocks of narrower rules that must agree with this file (rating, C2.2): the
 * customers of an org unit subtree, and the accounts a user manages — on the team with team
 * role 'manager' and access level 'edit'.
 */
export function customerSubtreeScope(orgUnitPath: string): SQL {
  return sql`(${NOT_MERGED} AND ${subtreePredicate(orgUnitPath)})`;
}

export function customerManagedAccountScope(userId: number): SQL {
  return sql`(${NOT_MERGED} AND EXISTS (SELECT 1 FROM customer_team ct WHERE ct.customer_id = customers.id AND ct.user_id = ${userId} AND ct.team_role = 'manager' AND ct.access_level = 'edit'))`;
}

/**
 * A file merged into another (C1.11) leaves every list, search and read: it lives on in the
 * file it was merged into. Only the data-quality use cases (unmerge, "merged into" pointers)
 * look at merged files, through the *IncludingMerged variants.
 */
const NOT_MERGED = sql`customers.merged_into_id IS NULL`;

export function customerReadScopeIncludingMerged(actor: Actor): SQL {
  if (actor.kind === 'system') return sql`TRUE`;
  const access = customerAccess(actor.roles);
  if (access.readAll) return sql`TRUE`;
  return orParts([
    access.readSubtree ? subtreePredicate(actor.orgUnitPath) : null,
    access.readTeam ? teamPredicate(actor.userId, 'read') : null,
  ]);
}

export function customerWriteScopeIncludingMerged(actor: Actor): SQL {
  if (actor.kind === 'system') return sql`TRUE`;
  const access = customerAccess(actor.roles);
  if (access.writeAll) return sql`TRUE`;
  return orParts([
    access.writeSubtree ? subtreePredicate(actor.orgUnitPath) : null,
    access.writeTeam ? teamPredicate(actor.userId, 'edit') : null,
  ]);
}

function orParts(candidates: (SQL | null)[]): SQL {
  const parts = candidates.filter((part): part is SQL => part !== null);
  if (parts.length === 0) return sql`FALSE`;
  return sql`(${sql.join(parts, sql` OR `)})`;
}

function subtreePredicate(orgUnitPath: string): SQL {
  return sql`customers.org_unit_id IN (SELECT ou.id FROM org_units ou WHERE ou.path LIKE ${escapeLike(orgUnitPath) + '%'})`;
}

/** Any team row grants read; only a row at access level 'edit' grants write. */
function teamPredicate(userId: number, needed: 'read' | 'edit'): SQL {
  const level = needed === 'edit' ? sql` AND ct.access_level = 'edit'` : sql``;
  return sql`EXISTS (SELECT 1 FROM customer_team ct WHERE ct.customer_id = customers.id AND ct.user_id = ${userId}${level})`;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
