import type { FieldIssue } from '../app-error.ts';
import { applyRules } from '../validation/field-rules.ts';
import { checkPayment, checkTransaction } from '../validation/record-checks.ts';
import { parseQuantity } from '../validation/record-values.ts';
import { rulesOf } from './import-column.ts';
import { PAYMENT_COLUMNS } from './payment-columns.ts';
import { TRANSACTION_COLUMNS } from './transaction-columns.ts';

const TRANSACTION_RULES = rulesOf(TRANSACTION_COLUMNS);
const PAYMENT_RULES = rulesOf(PAYMENT_COLUMNS);

export type RowValidation = { values: Record<string, unknown>; issues: FieldIssue[] };

// `transaction.amount` → `amount` for each field a kind has, worked out once rather than
// sliced per key of every row (a million rows: a measurable share of the row rules).
const UNPREFIXED = new Map<string, readonly (readonly [string, string])[]>();

/** `transaction.amount` → `amount`, for the cross-field checks the API runs on its records. */
function unprefixed(values: Record<string, unknown>, prefix: string): Record<string, unknown> {
  let keys = UNPREFIXED.get(prefix);
  if (!keys) {
    const fields = [...Object.keys(TRANSACTION_RULES), ...Object.keys(PAYMENT_RULES)];
    keys = fields
      .filter((f) => f.startsWith(prefix))
      .map((f) => [f, f.slice(prefix.length)] as const);
    UNPREFIXED.set(prefix, keys);
  }
  const out: Record<string, unknown> = {};
  for (const [key, short] of keys) if (key in values) out[short] = values[key];
  return out;
}

const prefixed = (issues: readonly FieldIssue[], prefix: string): FieldIssue[] =>
  issues.map((issue) => ({ ...issue, field: prefix + issue.field }));

/**
 * An order row (C1.5), checked exactly as the API checks an order entered by hand: the field
 * rules, a quantity of NUMERIC(18,3), not in the future, and a profit that is amount − cost
 * whenever the cost is known (derived when blank, refused when it disagrees). `today` is
 * Beijing's calendar day.
 */
export function validateTransactionRow(
  inputs: Record<string, unknown>,
  today: string,
): RowValidation {
  const { values, issues } = applyRules(TRANSACTION_RULES, inputs, true);
  const quantity = values['transaction.quantity'];
  if (typeof quantity === 'string') {
    const parsed = parseQuantity(quantity);
    if (parsed === null)
      issues.push({ field: 'transaction.quantity', code: 'validation.quantity' });
    else values['transaction.quantity'] = parsed;
  }
  const plain = unprefixed(values, 'transaction.');
  const checked = checkTransaction(plain, plain.profit != null, today);
  issues.push(...prefixed(checked.issues, 'transaction.'));
  values['transaction.profit'] = checked.profit;
  return { values, issues };
}

/** An invoice row (C1.8): the field rules and the API's checks across fields. */
export function validatePaymentRow(inputs: Record<string, unknown>, today: string): RowValidation {
  const { values, issues } = applyRules(PAYMENT_RULES, inputs, true);
  issues.push(...prefixed(checkPayment(unprefixed(values, 'payment.'), today), 'payment.'));
  return { values, issues };
}
