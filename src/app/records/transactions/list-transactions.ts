import { listTransactionRows } from '../../../db/records/transaction-repository.ts';
import {
  DEFAULT_TRANSACTION_SORT,
  type TransactionSort,
} from '../../../domain/transaction-sorts.ts';
import { sortField } from '../../../domain/customer-sorts.ts';
import type { AppContext } from '../../context.ts';
import { assertFieldsUsable, fieldAccessOf, projectFields } from '../../access/field-projection.ts';
import { customerForRecords, mayWriteRecords } from '../record-customer.ts';
import { pageOf, type PageQuery } from '../paging.ts';
import { toTransactionDto } from './transaction-dto.ts';

/**
 * A page of a customer's purchase history, newest first or by amount (C1.5). Without
 * confidential access (C7.3) the figures are absent, and sorting by amount is refused: the
 * order alone would tell which purchases were the large ones.
 */
export async function listTransactions(
  ctx: AppContext,
  customerId: number,
  query: PageQuery & { sort?: TransactionSort | undefined },
) {
  await customerForRecords(ctx.db, ctx.actor, customerId, 'read');
  const access = fieldAccessOf(ctx.actor);
  const sort = query.sort ?? DEFAULT_TRANSACTION_SORT;
  assertFieldsUsable(access, 'transaction', [sortField(sort)], 'transaction.');
  const page = pageOf(query);
  const [{ rows, total }, edit] = await Promise.all([
    listTransactionRows(ctx.db, customerId, page, sort),
    mayWriteRecords(ctx.db, ctx.actor, customerId),
  ]);
  const items = rows.map((row) => projectFields(access, 'transaction', toTransactionDto(row)));
  return { items, total, ...page, permissions: { edit } };
}
