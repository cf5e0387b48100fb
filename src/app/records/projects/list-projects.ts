import { listProjectRows } from '../../../db/records/project-repository.ts';
import type { AppContext } from '../../context.ts';
import { fieldAccessOf, projectFields } from '../../access/field-projection.ts';
import { customerForRecords, mayWriteRecords } from '../record-customer.ts';
import { pageOf, type PageQuery } from '../paging.ts';
import { toProjectDto } from './project-store.ts';

/**
 * A page of a customer's projects: ongoing first, then upcoming, then past (C1.7); values only
 * for readers of confidential figures (C7.3).
 */
export async function listProjects(ctx: AppContext, customerId: number, query: PageQuery) {
  await customerForRecords(ctx.db, ctx.actor, customerId, 'read');
  const page = pageOf(query);
  const [{ rows, total }, edit] = await Promise.all([
    listProjectRows(ctx.db, customerId, page),
    mayWriteRecords(ctx.db, ctx.actor, customerId),
  ]);
  const access = fieldAccessOf(ctx.actor);
  const items = rows.map((row) => projectFields(access, 'project', toProjectDto(row)));
  return { items, total, ...page, permissions: { edit } };
}
