import type { FieldIssue } from '../app-error.ts';
import { addMoney, compareMoney, parseMoney } from '../money.ts';

/**
 * Checks across fields of one record, run on the record as it would be saved (stored values
 * with the edit applied), so an edit of one date is checked against the other. Field names are
 * unprefixed; the use case adds the record's prefix. `today` is Beijing's calendar day.
 */

type Values = Record<string, unknown>;

function text(values: Values, field: string): string | null {
  const value = values[field];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Amounts that can only be zero or more: invoices, payments, limits, contract values. */
export function nonNegativeIssues(values: Values, fields: readonly string[]): FieldIssue[] {
  return fields
    .filter((field) => {
      const value = text(values, field);
      return value !== null && compareMoney(value, '0') < 0;
    })
    .map((field) => ({ field, code: 'validation.negative_amount' }));
}

function notAfterToday(values: Values, field: string, today: string): FieldIssue[] {
  const value = text(values, field);
  return value !== null && value > today ? [{ field, code: 'validation.future_date' }] : [];
}

/**
 * C1.5: when the cost is known, profit is amount − cost, exactly; a profit typed alongside
 * that disagrees is refused rather than silently replaced. Without a cost, a given profit
 * stands on its own (ERPs often export only the margin). Returns the profit to store.
 */
export function checkTransaction(
  values: Values,
  profitGiven: boolean,
  today: string,
): { profit: string | null; issues: FieldIssue[] } {
  const issues = notAfterToday(values, 'occurredOn', today);
  const amount = text(values, 'amount');
  const cost = text(values, 'cost');
  const profit = text(values, 'profit');
  if (amount === null || cost === null) return { profit, issues };
  const negatedCost = cost.startsWith('-') ? cost.slice(1) : `-${cost}`;
  // parseMoney re-checks the NUMERIC(18,2) range, which a difference can exceed.
  const expected = parseMoney(addMoney(amount, negatedCost));
  if (expected === null) return { profit, issues: [...issues, money('profit')] };
  if (profitGiven && profit !== null && compareMoney(profit, expected) !== 0) {
    issues.push({ field: 'profit', code: 'validation.profit_mismatch', params: { expected } });
  }
  return { profit: expected, issues };
}

function money(field: string): FieldIssue {
  return { field, code: 'validation.money' };
}

/**
 * C1.8: an invoice falls due on or after its issue date; a payment has both a date and an
 * amount (or neither, while unpaid), and did not happen in the future.
 */
export function checkPayment(values: Values, today: string): FieldIssue[] {
  const issues = nonNegativeIssues(values, ['amount', 'paidAmount']);
  const issuedOn = text(values, 'issuedOn');
  const dueOn = text(values, 'dueOn');
  if (issuedOn !== null && dueOn !== null && dueOn < issuedOn) {
    issues.push({ field: 'dueOn', code: 'validation.due_before_issue' });
  }
  const paidOn = text(values, 'paidOn');
  const paidAmount = text(values, 'paidAmount');
  if (paidOn !== null && paidAmount === null)
    issues.push({ field: 'paidAmount', code: 'validation.required' });
  if (paidAmount !== null && paidOn === null)
    issues.push({ field: 'paidOn', code: 'validation.required' });
  return [...issues, ...notAfterToday(values, 'paidOn', today)];
}

/** C1.7: a project ends on or after it starts; its values are not negative. */
export function checkProject(values: Values): FieldIssue[] {
  const issues = nonNegativeIssues(values, ['contractValue', 'expectedFollowOnValue']);
  const startOn = text(values, 'startOn');
  const endOn = text(values, 'endOn');
  if (startOn !== null && endOn !== null && endOn < startOn) {
    issues.push({ field: 'endOn', code: 'validation.end_before_start' });
  }
  return issues;
}
