import { AppError } from '../../domain/app-error.ts';
import { addMonths, toIsoDate } from '../../domain/date-only.ts';
import { findCustomer360 } from '../../db/customers/customer-360-query.ts';
import type { AppContext } from '../context.ts';
import { fieldAccessOf, projectFields } from '../access/field-projection.ts';
import { customerReadScope } from '../access/record-scope.ts';
import { toContactDto } from '../contacts/contact-dto.ts';
import { toCreditProfileDto } from '../records/credit/credit-profile-dto.ts';
import { SUBSIDIARY_LIST_LIMIT, toGroupView } from '../records/group/group-view.ts';
import { recordsWritable } from '../records/record-customer.ts';
import { customerViewFor } from './customer-dto.ts';

/**
 * The customer 360 (C1.10) in one request and one statement (customer-360-query.ts): profile
 * and classification, owner unit and team, contacts, purchase totals and series, payment
 * record, credit profile, how many records of each kind there are, and the group. Every part is
 * keyed by customer_id, so the page's first view stays fast for customers with long histories;
 * the tabs page through each kind of record on their own endpoints. Each part goes through the
 * field rules (C7.3): without confidential access there are no amounts, no charts of them, no
 * payment record and no credit profile — the keys are absent, not empty.
 */
export async function getCustomer360(ctx: AppContext, id: number) {
  // "Today" and "the last 12 months" are Beijing calendar days, as everywhere in the app.
  const today = toIsoDate(ctx.clock.now());
  const since = addMonths(today, -12);
  const parts = await findCustomer360(ctx.db, id, {
    readScope: customerReadScope(ctx.actor),
    writable: recordsWritable(ctx.actor, id),
    today,
    since,
    subsidiaryLimit: SUBSIDIARY_LIST_LIMIT,
  });
  if (!parts) throw new AppError('not_found');
  const { customer: row } = parts;
  const access = fieldAccessOf(ctx.actor);
  return projectFields(access, 'customer360', {
    customer: customerViewFor(ctx.actor, row),
    orgUnit: {
      id: row.orgUnitId,
      code: parts.orgUnit?.code ?? '',
      name: parts.orgUnit?.name ?? '',
    },
    team: parts.team,
    contacts: parts.contacts.map((contactRow) => {
      const {
        customerId: _c,
        version: _v,
        createdAt: _a,
        updatedAt: _u,
        ...contact
      } = toContactDto(contactRow);
      return projectFields(access, 'contact', contact);
    }),
    purchases: projectFields(access, 'purchaseTotals', parts.purchases.totals),
    purchaseSeries: { monthly: parts.purchases.monthly, yearly: parts.purchases.yearly },
    payments: projectFields(access, 'paymentStats', parts.payments),
    credit: parts.credit
      ? projectFields(access, 'creditProfile', toCreditProfileDto(parts.credit))
      : null,
    counts: parts.counts,
    group: toGroupView(access, row, parts.group),
    permissions: { edit: parts.mayWrite },
  });
}
