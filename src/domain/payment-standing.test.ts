import { describe, expect, it } from 'vitest';
import { daysBetween, paymentStanding } from './payment-standing.ts';

const TODAY = '2026-06-30';
const facts = (dueOn: string, paidOn: string | null = null, paidAmount: string | null = null) => ({
  dueOn,
  amount: '100.00',
  paidOn,
  paidAmount,
});

describe('paymentStanding (C1.8)', () => {
  it.each([
    [
      'paid in full on the due date',
      facts('2026-06-10', '2026-06-10', '100.00'),
      'paid_on_time',
      null,
    ],
    [
      'paid in full early, before it is even due',
      facts('2026-07-10', '2026-06-01', '100.00'),
      'paid_on_time',
      null,
    ],
    ['overpaid late', facts('2026-06-10', '2026-06-13', '120.00'), 'paid_late', 3],
    ['part paid and past due', facts('2026-06-10', '2026-06-01', '99.99'), 'overdue', 20],
    ['unpaid, due today', facts(TODAY), 'not_due', null],
    ['unpaid, due yesterday', facts('2026-06-29'), 'overdue', 1],
  ] as const)('%s', (_, payment, standing, days) => {
    expect(paymentStanding(payment, TODAY)).toEqual({ standing, days });
  });

  it('counts days across leap years and month ends', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-01-01', '2025-12-31')).toBe(-1);
  });
});
