import { toIsoDate } from '../../../domain/date-only.ts';
import { findCreditProfileRow } from '../../../db/records/credit-profile-repository.ts';
import { paymentStats } from '../../../db/records/payment-stats.ts';
import type { AppContext } from '../../context.ts';
import { fieldAccessOf, projectFields } from '../../access/field-projection.ts';
import { customerForRecords, mayWriteRecords } from '../record-customer.ts';
import { toCreditProfileDto } from './credit-profile-dto.ts';

/**
 * A customer's credit file (C1.8): the team's profile, the external credit rating kept on the
 * customer, and the payment record computed from the invoices as of today. All of it is
 * confidential (C7.3): a reader without access gets the permissions only.
 */
export async function getCreditFile(ctx: AppContext, customerId: number) {
  const customer = await customerForRecords(ctx.db, ctx.actor, customerId, 'read');
  const [profile, payments, edit] = await Promise.all([
    findCreditProfileRow(ctx.db, customerId),
    paymentStats(ctx.db, customerId, toIsoDate(ctx.clock.now())),
    mayWriteRecords(ctx.db, ctx.actor, customerId),
  ]);
  const access = fieldAccessOf(ctx.actor);
  return projectFields(access, 'creditFile', {
    profile: profile ? projectFields(access, 'creditProfile', toCreditProfileDto(profile)) : null,
    externalCreditRating: customer.externalCreditRating,
    payments: projectFields(access, 'paymentStats', payments),
    permissions: { edit },
  });
}
