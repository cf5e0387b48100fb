import { AppError } from '../../domain/app-error.ts';
import { canMergeCustomers, customerAccess } from '../../domain/permissions.ts';
import type { Actor } from '../context.ts';

/** Someone who may read some customer files (the admin, by separation of duties, may not). */
export function requireCustomerReader(actor: Actor): void {
  if (actor.kind === 'system') return;
  const access = customerAccess(actor.roles);
  if (!access.readAll && !access.readSubtree && !access.readTeam)
    throw new AppError('auth.forbidden');
}

export function mayMerge(actor: Actor): boolean {
  return actor.kind === 'system' || canMergeCustomers(actor.roles);
}

/** Merge and unmerge: a director or regional manager (both files in write scope, checked later). */
export function requireMerger(actor: Actor): void {
  if (!mayMerge(actor)) throw new AppError('auth.forbidden');
}
