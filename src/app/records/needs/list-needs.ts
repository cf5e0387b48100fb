import { listNeedRows } from '../../../db/records/need-repository.ts';
import type { AppContext } from '../../context.ts';
import { fieldAccessOf, projectFields } from '../../access/field-projection.ts';
import { customerForRecords, mayWriteRecords } from '../record-customer.ts';
import { pageOf, type PageQuery } from '../paging.ts';
import { toNeedDto } from './need-store.ts';

/** A page of a customer's needs, newest first (C1.6), through the field rules (C7.3). */
export async function listNeeds(ctx: AppContext, customerId: number, query: PageQuery) {
  await customerForRecords(ctx.db, ctx.actor, customerId, 'read');
  const page = pageOf(query);
  const [{ rows, total }, edit] = await Promise.all([
    listNeedRows(ctx.db, customerId, page),
    mayWriteRecords(ctx.db, ctx.actor, customerId),
  ]);
  const access = fieldAccessOf(ctx.actor);
  const items = rows.map((row) => projectFields(access, 'need', toNeedDto(row)));
  return { items, total, ...page, permissions: { edit } };
}
