import type { RecordKind } from '../../../domain/record-fields.ts';
import { listTimelineRows } from '../../../db/records/timeline-repository.ts';
import type { AppContext } from '../../context.ts';
import { fieldAccessOf, projectFields } from '../../access/field-projection.ts';
import { customerForRecords, mayWriteRecords } from '../record-customer.ts';
import { pageOf, type PageQuery } from '../paging.ts';
import { toTimelineDto } from './timeline-store.ts';

/** A page of a customer's one timeline, newest first, optionally of one kind (C1.9). */
export async function listTimeline(
  ctx: AppContext,
  customerId: number,
  query: PageQuery & { kind?: RecordKind | undefined },
) {
  await customerForRecords(ctx.db, ctx.actor, customerId, 'read');
  const page = pageOf(query);
  const [{ rows, total }, edit] = await Promise.all([
    listTimelineRows(ctx.db, customerId, page, query.kind),
    mayWriteRecords(ctx.db, ctx.actor, customerId),
  ]);
  const access = fieldAccessOf(ctx.actor);
  const items = rows.map((row) => projectFields(access, 'timelineRecord', toTimelineDto(row)));
  return { items, total, ...page, permissions: { edit } };
}
