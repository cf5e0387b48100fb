import { sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../domain/app-error.ts';
import type { Role } from '../../domain/roles.ts';
import type { Actor } from '../context.ts';
import { customerWriteScope } from '../access/record-scope.ts';

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

/** The roles that judge an account: its KA manager, the region's manager, the director. */
const RATER_ROLES: readonly Role[] = ['ka_manager', 'regional_manager', 'director'];

/**
 * The customers the actor may rate (issue 4: "entered by the account's manager"): the write
 * scope of record-scope.ts (a KA manager's accounts where they are the team's manager, a
 * regional manager's subtree, everything for a director) counting only the rater roles. A
 * secretary keeps files tidy but does not judge them, so her subtree is not included; support
 * staff, the committee and the auditor rate nothing. Null when the actor may rate nobody.
 */
export function ratingScope(actor: Actor): SQL | null {
  if (actor.kind === 'system') return sql`TRUE`;
  if (actor.roles.includes('auditor')) return null;
  const roles = actor.roles.filter((role) => RATER_ROLES.includes(role));
  if (roles.length === 0) return null;
  return customerWriteScope({ ...actor, roles });
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
