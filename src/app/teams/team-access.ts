import { AppError } from '../../domain/app-error.ts';
import { findCustomer, type CustomerRow } from '../../db/customers/customer-repository.ts';
import type { DbOrTx } from '../../db/db-types.ts';
import type { Actor } from '../context.ts';
import { customerReadScope, customerTeamManagementScope } from '../access/record-scope.ts';

/**
 * The customer whose account team is read or changed (C7.2): out of read scope it does not
 * exist (404); readable but not manageable by the actor is 403 for a change. Who manages a team
 * is record-scope.ts's customerTeamManagementScope: the region's or everyone's writers, never
 * the team itself.
 */
export async function customerForTeam(
  db: DbOrTx,
  actor: Actor,
  customerId: number,
  intent: 'read' | 'manage',
): Promise<CustomerRow> {
  const row = await findCustomer(db, customerId, customerReadScope(actor));
  if (!row) throw new AppError('not_found');
  if (intent === 'manage' && !(await mayManageTeam(db, actor, customerId))) {
    throw new AppError('auth.forbidden');
  }
  return row;
}

/** Whether the actor may change this (readable) customer's team, for the screen's buttons. */
export async function mayManageTeam(db: DbOrTx, actor: Actor, customerId: number) {
  return (await findCustomer(db, customerId, customerTeamManagementScope(actor))) !== undefined;
}
