import { AppError } from '../../domain/app-error.ts';
import { addMonths, toIsoDate } from '../../domain/date-only.ts';
import {
  contactsOf,
  findCustomer,
  orgUnitOf,
  teamOf,
} from '../../db/customers/customer-repository.ts';
import { findCreditProfileRow } from '../../db/records/credit-profile-repository.ts';
import { paymentStats } from '../../db/records/payment-stats.ts';
import { purchaseSummary } from '../../db/records/purchase-summary.ts';
import { recordCounts } from '../../db/records/record-counts.ts';
import type { AppContext } from '../context.ts';
import { customerReadScope } from '../access/record-scope.ts';
import { toCreditProfileDto } from '../records/credit/credit-profile-dto.ts';
import { getGroupView } from '../records/group/get-group-view.ts';
import { mayWriteRecords } from '../records/record-customer.ts';
import { toCustomerDto } from './customer-dto.ts';

/**
 * The customer 360 (C1.10) in one request: profile and classification, owner unit and team,
 * contacts, purchase totals and series, payment record, credit profile, how many records of
 * each kind there are, and the group. Every part is its own query keyed by customer_id, so the
 * page's first view costs one round trip and stays fast for customers with long histories; the
 * tabs page through each kind of record on their own endpoints.
 */
export async function getCustomer360(ctx: AppContext, id: number) {
  const row = await findCustomer(ctx.db, id, customerReadScope(ctx.actor));
  if (!row) throw new AppError('not_found');
  // "Today" and "the last 12 months" are Beijing calendar days, as everywhere in the app.
  const today = toIsoDate(ctx.clock.now());
  const since = addMonths(today, -12);
  const [unit, team, contactRows, purchases, payments, credit, counts, group, edit] =
    await Promise.all([
      orgUnitOf(ctx.db, row.orgUnitId),
      teamOf(ctx.db, id),
      contactsOf(ctx.db, id),
      purchaseSummary(ctx.db, id, today, since),
      paymentStats(ctx.db, id, today),
      findCreditProfileRow(ctx.db, id),
      recordCounts(ctx.db, id),
      getGroupView(ctx.db, ctx.actor, row, since),
      mayWriteRecords(ctx.db, ctx.actor, id),
    ]);
  return {
    customer: toCustomerDto(row),
    orgUnit: { id: row.orgUnitId, code: unit?.code ?? '', name: unit?.name ?? '' },
    team,
    contacts: contactRows.map(
      ({ customerId: _c, version: _v, createdAt: _a, updatedAt: _u, ...contact }) => contact,
    ),
    purchases: purchases.totals,
    purchaseSeries: { monthly: purchases.monthly, yearly: purchases.yearly },
    payments,
    credit: credit ? toCreditProfileDto(credit) : null,
    counts,
    group,
    permissions: { edit },
  };
}
