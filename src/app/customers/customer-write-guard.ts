import { AppError } from '../../domain/app-error.ts';
import { customerAccess } from '../../domain/permissions.ts';
import { orgUnitOf } from '../../db/customers/customer-repository.ts';
import type { DbOrTx } from '../../db/db-types.ts';
import type { Actor } from '../context.ts';
import { isWithinOrgUnit } from '../access/require-user.ts';

/**
 * A customer may be placed only in an org unit the actor writes for: anywhere for writeAll,
 * otherwise the actor's own unit subtree. Returns the unit, or throws naming `orgUnitId`.
 */
export async function assertMayPlaceInOrgUnit(tx: DbOrTx, actor: Actor, orgUnitId: number) {
  const unit = await orgUnitOf(tx, orgUnitId);
  if (!unit)
    throw new AppError('validation.failed', {
      issues: [{ field: 'orgUnitId', code: 'validation.invalid' }],
    });
  if (actor.kind === 'system') return unit;
  const access = customerAccess(actor.roles);
  if (access.writeAll) return unit;
  const mayWrite = access.writeSubtree || access.writeTeam;
  if (mayWrite && isWithinOrgUnit(actor.orgUnitPath, unit.path)) return unit;
  throw new AppError('auth.forbidden', { field: 'orgUnitId' });
}

export function assertMayWriteCustomers(actor: Actor): void {
  if (actor.kind === 'system') return;
  const access = customerAccess(actor.roles);
  if (!access.writeAll && !access.writeSubtree && !access.writeTeam)
    throw new AppError('auth.forbidden');
}

/** Postgres unique_violation on the credit code becomes the same error the pre-check gives. */
export function isCreditCodeConflict(error: unknown): boolean {
  const e = error as {
    code?: string;
    constraint?: string;
    cause?: { code?: string; constraint?: string };
  };
  const inner = e.cause ?? e;
  return inner.code === '23505' && (inner.constraint ?? '').includes('credit_code');
}
