import { toIsoDate } from '../../../domain/date-only.ts';
import { listPaymentRows } from '../../../db/records/payment-repository.ts';
import { paymentStats } from '../../../db/records/payment-stats.ts';
import type { AppContext } from '../../context.ts';
import { fieldAccessOf, projectFields } from '../../access/field-projection.ts';
import { customerForRecords, mayWriteRecords } from '../record-customer.ts';
import { pageOf, type PageQuery } from '../paging.ts';
import { toPaymentDto, withStanding } from './payment-store.ts';

/**
 * A page of a customer's invoices with where each stands today, and the customer's record. For
 * readers without confidential access (C7.3) only the invoices' numbers remain, and no record.
 */
export async function listPayments(ctx: AppContext, customerId: number, query: PageQuery) {
  await customerForRecords(ctx.db, ctx.actor, customerId, 'read');
  const page = pageOf(query);
  const today = toIsoDate(ctx.clock.now());
  const [{ rows, total }, stats, edit] = await Promise.all([
    listPaymentRows(ctx.db, customerId, page),
    paymentStats(ctx.db, customerId, today),
    mayWriteRecords(ctx.db, ctx.actor, customerId),
  ]);
  const access = fieldAccessOf(ctx.actor);
  return projectFields(access, 'paymentPage', {
    items: rows.map((row) =>
      projectFields(access, 'payment', withStanding(toPaymentDto(row), today)),
    ),
    total,
    ...page,
    stats: projectFields(access, 'paymentStats', stats),
    permissions: { edit },
  });
}
