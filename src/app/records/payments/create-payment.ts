import { toIsoDate } from '../../../domain/date-only.ts';
import { applyRules } from '../../../domain/validation/field-rules.ts';
import { checkPayment } from '../../../domain/validation/record-checks.ts';
import { PAYMENT_RULES } from '../../../domain/validation/record-rules.ts';
import type { AppContext } from '../../context.ts';
import { fieldAccessOf, projectFields } from '../../access/field-projection.ts';
import { createVersioned } from '../versioned-record.ts';
import { PAYMENT_STORE, withStanding, type PaymentInput } from './payment-store.ts';

/** Records an invoice (and its payment, if already paid) for a customer (C1.8). */
export async function createPayment(ctx: AppContext, customerId: number, input: PaymentInput) {
  const today = toIsoDate(ctx.clock.now());
  const dto = await createVersioned(
    ctx,
    PAYMENT_STORE,
    customerId,
    applyRules(PAYMENT_RULES, input, true),
    (values) => checkPayment(values, today),
  );
  return projectFields(fieldAccessOf(ctx.actor), 'payment', withStanding(dto, today));
}
