import { sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../domain/app-error.ts';
import { findCustomer, type CustomerRow } from '../../db/customers/customer-repository.ts';
import type { DbOrTx } from '../../db/db-types.ts';
import { queryRows } from '../../db/query-rows.ts';
import type { Actor } from '../context.ts';
import { customerReadScope, customerWriteScope } from '../access/record-scope.ts';

/**
 * The customer whose records are read or written, under the actor's record scope (C7.2): out of
 * read scope it does not exist (404); readable but not writable is 403 for a write (support
 * staff, the auditor, the committee).
 */
export async function customerForRecords(
  db: DbOrTx,
  actor: Actor,
  customerId: number,
  intent: 'read' | 'write',
): Promise<CustomerRow> {
  const row = await findCustomer(db, customerId, customerReadScope(actor));
  if (!row) throw new AppError('not_found');
  if (intent === 'write' && !(await mayWriteRecords(db, actor, customerId))) {
    throw new AppError('auth.forbidden');
  }
  return row;
}

/** Whether the actor may write this (readable) customer's records, for the screens' buttons. */
export async function mayWriteRecords(
  db: DbOrTx,
  actor: Actor,
  customerId: number,
): Promise<boolean> {
  if (actor.kind === 'system') return true;
  const [row] = await queryRows<{ writable: unknown }>(
    db,
    sql`SELECT ${recordsWritable(actor, customerId)} AS writable`,
  );
  return row?.writable === true;
}

/** `mayWriteRecords` as a boolean SQL expression, for a statement that reads more at once. */
export function recordsWritable(actor: Actor, customerId: number): SQL {
  if (actor.kind === 'system') return sql`TRUE`;
  return sql`EXISTS (SELECT 1 FROM customers
                     WHERE customers.id = ${customerId} AND ${customerWriteScope(actor)})`;
}
