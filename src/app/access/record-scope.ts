import { sql, type SQL } from 'drizzle-orm';
import { customerAccess } from '../../domain/permissions.ts';
import type { Actor } from '../context.ts';

/**
 * The one place that turns an actor into the SQL predicate over `customers` (SPEC C7.2).
 * Every list, count, search, read and write of customer data goes through it. The predicate
 * refers to the table as `customers`; queries must not alias it.
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
 * A file merged into another (C1.11) leaves every list, search and read: it lives on in the
 * file it was merged into. Only the data-quality use cases (unmerge, "merged into" pointers)
 * look at merged files, through the *IncludingMerged variants.
 */
const NOT_MERGED = sql`customers.merged_into_id IS NULL`;

export function customerReadScopeIncludingMerged(actor: Actor): SQL {
  if (actor.kind === 'system') return sql`TRUE`;
  const access = customerAccess(actor.roles);
  if (access.readAll) return sql`TRUE`;
  return orParts(actor, access.readSubtree, access.readTeam, false);
}

export function customerWriteScopeIncludingMerged(actor: Actor): SQL {
  if (actor.kind === 'system') return sql`TRUE`;
  const access = customerAccess(actor.roles);
  if (access.writeAll) return sql`TRUE`;
  return orParts(actor, access.writeSubtree, access.writeTeam, true);
}

function orParts(
  actor: Extract<Actor, { kind: 'user' }>,
  subtree: boolean,
  team: boolean,
  managersOnly: boolean,
): SQL {
  const parts: SQL[] = [];
  if (subtree) parts.push(subtreePredicate(actor.orgUnitPath));
  if (team) parts.push(teamPredicate(actor.userId, managersOnly));
  if (parts.length === 0) return sql`FALSE`;
  return sql`(${sql.join(parts, sql` OR `)})`;
}

function subtreePredicate(orgUnitPath: string): SQL {
  return sql`customers.org_unit_id IN (SELECT ou.id FROM org_units ou WHERE ou.path LIKE ${escapeLike(orgUnitPath) + '%'})`;
}

function teamPredicate(userId: number, managersOnly: boolean): SQL {
  const role = managersOnly ? sql` AND ct.team_role = 'manager'` : sql``;
  return sql`EXISTS (SELECT 1 FROM customer_team ct WHERE ct.customer_id = customers.id AND ct.user_id = ${userId}${role})`;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
