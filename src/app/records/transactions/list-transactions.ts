import { listTransactionRows } from '../../../db/records/transaction-repository.ts';
import type { AppContext } from '../../context.ts';
import { customerForRecords, mayWriteRecords } from '../record-customer.ts';
import { pageOf, type PageQuery } from '../paging.ts';
import { toTransactionDto } from './transaction-dto.ts';

/** A page of a customer's purchase history, newest first (C1.5). */
export async function listTransactions(ctx: AppContext, customerId: number, query: PageQuery) {
  await customerForRecords(ctx.db, ctx.actor, customerId, 'read');
  const page = pageOf(query);
  const [{ rows, total }, edit] = await Promise.all([
    listTransactionRows(ctx.db, customerId, page),
    mayWriteRecords(ctx.db, ctx.actor, customerId),
  ]);
  return { items: rows.map(toTransactionDto), total, ...page, permissions: { edit } };
}
