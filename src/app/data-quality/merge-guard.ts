import { AppError } from '../../domain/app-error.ts';
import { findCustomer, type CustomerRow } from '../../db/customers/customer-repository.ts';
import type { DbOrTx } from '../../db/db-types.ts';
import type { Actor } from '../context.ts';
import {
  customerReadScope,
  customerReadScopeIncludingMerged,
  customerWriteScope,
  customerWriteScopeIncludingMerged,
} from '../access/record-scope.ts';

/**
 * Loads a file a merge or unmerge touches: 404 when the actor may not read it (or it is merged
 * and `merged` is false), 403 when they may read but not write it.
 */
export async function writableForMerge(
  tx: DbOrTx,
  actor: Actor,
  id: number,
  merged: boolean,
): Promise<CustomerRow> {
  const read = merged ? customerReadScopeIncludingMerged(actor) : customerReadScope(actor);
  const write = merged ? customerWriteScopeIncludingMerged(actor) : customerWriteScope(actor);
  const row = await findCustomer(tx, id, read);
  if (!row) throw new AppError('not_found');
  if (!(await findCustomer(tx, id, write))) throw new AppError('auth.forbidden');
  return row;
}
