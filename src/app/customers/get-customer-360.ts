import { AppError } from '../../domain/app-error.ts';
import { addMonths, toIsoDate } from '../../domain/date-only.ts';
import { listContactRows } from '../../db/contacts/contact-repository.ts';
import { findCustomer, orgUnitOf, teamOf } from '../../db/customers/customer-repository.ts';
import { findCreditProfileRow } from '../../db/records/credit-profile-repository.ts';
import { paymentStats } from '../../db/records/payment-stats.ts';
import { purchaseSummary } from '../../db/records/purchase-summary.ts';
import { recordCounts } from '../../db/records/record-counts.ts';
import type { AppContext } from '../context.ts';
import { fieldAccessOf, projectFields } from '../access/field-projection.ts';
import { customerReadScope } from '../access/record-scope.ts';
import { toContactDto } from '../contacts/contact-dto.ts';
import { toCreditProfileDto } from '../records/credit/credit-profile-dto.ts';
import { getGroupView } from '../records/group/get-group-view.ts';
import { mayWriteRecords } from '../records/record-customer.ts';
import { customerViewFor } from './customer-dto.ts';

/**
 * The customer 360 (C1.10) in one request: profile and classification, owner unit and team,
 * contacts, purchase totals and series, payment record, credit profile, how many records of
 * each kind there are, and the group. Every part is its own query keyed by customer_id, so the
 * page's first view costs one round trip and stays fast for customers with long histories; the
 * tabs page through each kind of record on their own endpoints. Each part goes through the
 * field rules (C7.3): without confidential access there are no amounts, no charts of them, no
 * payment record and no credit profile — the keys are absent, not empty.
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
      listContactRows(ctx.db, id),
      purchaseSummary(ctx.db, id, today, since),
      paymentStats(ctx.db, id, today),
      findCreditProfileRow(ctx.db, id),
      recordCounts(ctx.db, id),
      getGroupView(ctx.db, ctx.actor, row, since),
      mayWriteRecords(ctx.db, ctx.actor, id),
    ]);
  const access = fieldAccessOf(ctx.actor);
  return projectFields(access, 'customer360', {
    customer: customerViewFor(ctx.actor, row),
    orgUnit: { id: row.orgUnitId, code: unit?.code ?? '', name: unit?.name ?? '' },
    team,
    contacts: contactRows.map((row) => {
      const {
        customerId: _c,
        version: _v,
        createdAt: _a,
        updatedAt: _u,
        ...contact
      } = toContactDto(row);
      return projectFields(access, 'contact', contact);
    }),
    purchases: projectFields(access, 'purchaseTotals', purchases.totals),
    purchaseSeries: { monthly: purchases.monthly, yearly: purchases.yearly },
    payments: projectFields(access, 'paymentStats', payments),
    credit: credit ? projectFields(access, 'creditProfile', toCreditProfileDto(credit)) : null,
    counts,
    group,
    permissions: { edit },
  });
}
