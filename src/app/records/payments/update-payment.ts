import { toIsoDate } from '../../../domain/date-only.ts';
import { applyRules } from '../../../domain/validation/field-rules.ts';
import { checkPayment } from '../../../domain/validation/record-checks.ts';
import { PAYMENT_RULES } from '../../../domain/validation/record-rules.ts';
import type { AppContext } from '../../context.ts';
import { fieldAccessOf, projectFields } from '../../access/field-projection.ts';
import { updateVersioned } from '../versioned-record.ts';
import { PAYMENT_STORE, withStanding, type PaymentInput } from './payment-store.ts';

/** Edits an invoice, typically to record the money arriving (If-Match required). */
export async function updatePayment(
  ctx: AppContext,
  customerId: number,
  id: number,
  expectedVersion: number | undefined,
  input: PaymentInput,
) {
  const today = toIsoDate(ctx.clock.now());
  const dto = await updateVersioned(
    ctx,
    PAYMENT_STORE,
    { customerId, id, expectedVersion },
    applyRules(PAYMENT_RULES, input, false),
    (values) => checkPayment(values, today),
  );
  return projectFields(fieldAccessOf(ctx.actor), 'payment', withStanding(dto, today));
}
