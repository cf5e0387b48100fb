import { AppError } from '../../domain/app-error.ts';
import { canCreateCustomers, customerAccess } from '../../domain/permissions.ts';
import { orgUnitOf } from '../../db/customers/customer-repository.ts';
import type { DbOrTx } from '../../db/db-types.ts';
import { violatedUniqueKey } from '../../db/postgres-errors.ts';
import type { Actor } from '../context.ts';
import { isWithinOrgUnit } from '../access/require-user.ts';

/**
 * A customer may be placed only in an org unit the actor writes for: anywhere for writeAll,
 * otherwise the actor's own unit subtree, for a role that writes the subtree or opens files (a
 * KA manager). Someone who writes the file only through an `edit` team row (support staff, the
 * committee) cannot move it between units. Returns the unit, or throws naming `orgUnitId`.
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
  const mayWrite = access.writeSubtree || canCreateCustomers(actor.roles);
  if (mayWrite && isWithinOrgUnit(actor.orgUnitPath, unit.path)) return unit;
  throw new AppError('auth.forbidden', { field: 'orgUnitId' });
}

/** Opening new files, by the form or an import (permissions.ts, canCreateCustomers). */
export function assertMayCreateCustomers(actor: Actor): void {
  if (actor.kind === 'system') return;
  if (!canCreateCustomers(actor.roles)) throw new AppError('auth.forbidden');
}

/** Postgres unique_violation on the credit code becomes the same error the pre-check gives. */
export function isCreditCodeConflict(error: unknown): boolean {
  return violatedUniqueKey(error)?.includes('credit_code') ?? false;
}
