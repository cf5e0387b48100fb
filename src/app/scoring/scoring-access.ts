import { sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../domain/app-error.ts';
import type { Role } from '../../domain/roles.ts';
import type { Actor } from '../context.ts';
import {
  customerManagedAccountScope,
  customerSubtreeScope,
  customerWriteScope,
} from '../access/record-scope.ts';

/**
 * Who drives scoring (SPEC C2, C3 role table): the KA committee drafts and adopts model
 * versions and creates and computes evaluation runs. The auditor never writes, whatever else
 * the user holds. The system actor (local CLI operator, scheduled re-scoring) may.
 */
export function assertScoringCommittee(actor: Actor): void {
  if (actor.kind === 'system') return;
  if (actor.roles.includes('auditor') || !actor.roles.includes('committee')) {
    throw new AppError('auth.forbidden');
  }
}

/**
 * The customers the actor may rate (issue 4: "entered by the account's manager"): a director
 * everything, a regional manager their subtree, a KA manager the accounts they manage — on the
 * team with team role 'manager' and access level 'edit' (record-scope.ts). A team row grants
 * rating only through the KA manager role and only as the account's manager: support staff and
 * executive sponsors on the team, even with `edit`, help with the file but do not judge it. A
 * secretary keeps files tidy but does not judge them, so her subtree is not included; the
 * committee and the auditor rate nothing. Null when the actor may rate nobody.
 */
export function ratingScope(actor: Actor): SQL | null {
  if (actor.kind === 'system') return sql`TRUE`;
  if (actor.roles.includes('auditor')) return null;
  if (actor.roles.includes('director'))
    return customerWriteScope({ ...actor, roles: ['director'] });
  const parts: SQL[] = [];
  if (actor.roles.includes('regional_manager')) parts.push(customerSubtreeScope(actor.orgUnitPath));
  if (actor.roles.includes('ka_manager')) parts.push(customerManagedAccountScope(actor.userId));
  if (parts.length === 0) return null;
  return sql`(${sql.join(parts, sql` OR `)})`;
}

/**
 * Who sees draft and retired model versions and may try them (what-if, C2.5): the committee that
 * writes them, the director who answers for the policy, and the auditor.
 */
export function assertSeesDrafts(actor: Actor): void {
  if (actor.kind === 'system') return;
  const allowed: readonly Role[] = ['committee', 'director', 'auditor'];
  if (!actor.roles.some((role) => allowed.includes(role))) throw new AppError('auth.forbidden');
}
