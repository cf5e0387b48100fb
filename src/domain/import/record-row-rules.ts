import type { FieldIssue } from '../app-error.ts';
import { addMoney, parseMoney } from '../money.ts';
import { applyRules, type FieldRule } from '../validation/field-rules.ts';
import { PAYMENT_COLUMNS } from './payment-columns.ts';
import { parseQuantity } from './quantity.ts';
import { TRANSACTION_COLUMNS } from './transaction-columns.ts';

type Rules = Record<string, FieldRule>;
const rulesOf = (columns: readonly { field: string; rule: FieldRule }[]): Rules =>
  Object.fromEntries(columns.map((column) => [column.field, column.rule]));

const TRANSACTION_RULES = rulesOf(TRANSACTION_COLUMNS);
const PAYMENT_RULES = rulesOf(PAYMENT_COLUMNS);

export type RowValidation = { values: Record<string, unknown>; issues: FieldIssue[] };

/**
 * An order row (C1.5): the field rules, a quantity of NUMERIC(18,3), and the profit derived
 * from the cost when only the cost is given (exact decimals, as the database would compute).
 */
export function validateTransactionRow(inputs: Record<string, unknown>): RowValidation {
  const { values, issues } = applyRules(TRANSACTION_RULES, inputs, true);
  const quantity = values['transaction.quantity'];
  if (typeof quantity === 'string') {
    const parsed = parseQuantity(quantity);
    if (parsed === null) issues.push({ field: 'transaction.quantity', code: 'validation.invalid' });
    else values['transaction.quantity'] = parsed;
  }
  const amount = values['transaction.amount'];
  const cost = values['transaction.cost'];
  if (
    values['transaction.profit'] == null &&
    typeof amount === 'string' &&
    typeof cost === 'string'
  ) {
    const profit = subtract(amount, cost);
    if (profit === null) issues.push({ field: 'transaction.profit', code: 'validation.money' });
    values['transaction.profit'] = profit;
  }
  return { values, issues };
}

/** An invoice row (C1.8): the field rules. */
export function validatePaymentRow(inputs: Record<string, unknown>): RowValidation {
  return applyRules(PAYMENT_RULES, inputs, true);
}

/** a − b of two money strings; null when the result leaves NUMERIC(18,2). */
function subtract(a: string, b: string): string | null {
  return parseMoney(addMoney(a, b.startsWith('-') ? b.slice(1) : `-${b}`));
}
