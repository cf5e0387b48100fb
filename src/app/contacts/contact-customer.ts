import { AppError } from '../../domain/app-error.ts';
import { findCustomer, type CustomerRow } from '../../db/customers/customer-repository.ts';
import type { DbOrTx } from '../../db/db-types.ts';
import type { Actor } from '../context.ts';
import { customerReadScope, customerWriteScope } from '../access/record-scope.ts';

/**
 * The customer a contact belongs to, under the actor's record scope (C7.2): out of read scope it
 * does not exist (404); readable but not writable is 403 for a write.
 */
export async function customerForContacts(
  db: DbOrTx,
  actor: Actor,
  customerId: number,
  intent: 'read' | 'write',
): Promise<CustomerRow> {
  const row = await findCustomer(db, customerId, customerReadScope(actor));
  if (!row) throw new AppError('not_found');
  if (intent === 'write' && !(await findCustomer(db, customerId, customerWriteScope(actor)))) {
    throw new AppError('auth.forbidden');
  }
  return row;
}

/** Whether the actor may write this (readable) customer's file, for the screens' buttons. */
export async function mayWriteCustomer(db: DbOrTx, actor: Actor, customerId: number) {
  if (actor.kind === 'system') return true;
  return (await findCustomer(db, customerId, customerWriteScope(actor))) !== undefined;
}
