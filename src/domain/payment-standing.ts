import { compareMoney } from './money.ts';

/**
 * Where one invoice stands on a given day (SPEC C1.8). The same definitions as the per-customer
 * statistics computed in SQL (src/db/records/payment-stats.ts), which a test checks against
 * these on generated data. Pure: "today" is passed in, as Beijing's calendar date.
 */
export type PaymentFacts = {
  dueOn: string;
  amount: string;
  paidOn: string | null;
  paidAmount: string | null;
};

export type Standing = 'paid_on_time' | 'paid_late' | 'overdue' | 'not_due';

/** Days from `from` to `to`, both ISO dates (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Paid in full: a paid date and a paid amount of at least the invoice amount. */
export function isSettled(p: PaymentFacts): boolean {
  return p.paidOn !== null && p.paidAmount !== null && compareMoney(p.paidAmount, p.amount) >= 0;
}

/**
 * - paid_on_time: paid in full on or before the due date;
 * - paid_late: paid in full after it (`days` late);
 * - overdue: past the due date and not paid in full (`days` overdue as of today);
 * - not_due: not paid in full, and the due date is today or later — no outcome yet.
 */
export function paymentStanding(
  p: PaymentFacts,
  today: string,
): { standing: Standing; days: number | null } {
  if (isSettled(p)) {
    const late = daysBetween(p.dueOn, p.paidOn as string);
    return late > 0
      ? { standing: 'paid_late', days: late }
      : { standing: 'paid_on_time', days: null };
  }
  if (p.dueOn < today) return { standing: 'overdue', days: daysBetween(p.dueOn, today) };
  return { standing: 'not_due', days: null };
}
