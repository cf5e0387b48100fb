import { listNeedRows } from '../../../db/records/need-repository.ts';
import type { AppContext } from '../../context.ts';
import { customerForRecords, mayWriteRecords } from '../record-customer.ts';
import { pageOf, type PageQuery } from '../paging.ts';
import { toNeedDto } from './need-store.ts';

/** A page of a customer's needs, newest first (C1.6). */
export async function listNeeds(ctx: AppContext, customerId: number, query: PageQuery) {
  await customerForRecords(ctx.db, ctx.actor, customerId, 'read');
  const page = pageOf(query);
  const [{ rows, total }, edit] = await Promise.all([
    listNeedRows(ctx.db, customerId, page),
    mayWriteRecords(ctx.db, ctx.actor, customerId),
  ]);
  return { items: rows.map(toNeedDto), total, ...page, permissions: { edit } };
}
