import { AppError } from '../../domain/app-error.ts';
import { findCustomer } from '../../db/customers/customer-repository.ts';
import type { AppContext } from '../context.ts';
import { customerReadScope } from '../access/record-scope.ts';
import { customerViewFor, type CustomerView } from './customer-dto.ts';

/** Out-of-scope and missing look the same (404), so ids cannot be probed. */
export async function getCustomer(ctx: AppContext, id: number): Promise<CustomerView> {
  const row = await findCustomer(ctx.db, id, customerReadScope(ctx.actor));
  if (!row) throw new AppError('not_found');
  return customerViewFor(ctx.actor, row);
}
