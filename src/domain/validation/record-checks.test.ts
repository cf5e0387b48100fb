import { describe, expect, it } from 'vitest';
import { checkPayment, checkProject, checkTransaction } from './record-checks.ts';

const TODAY = '2026-06-30';

describe('checkTransaction: profit = amount − cost, exactly', () => {
  it('derives the profit when the cost is known', () => {
    const values = { occurredOn: '2026-06-01', amount: '0.30', cost: '0.10', profit: null };
    expect(checkTransaction(values, false, TODAY)).toEqual({ profit: '0.20', issues: [] });
  });

  it('keeps a profit given without a cost, and refuses one that disagrees', () => {
    expect(checkTransaction({ amount: '10.00', profit: '3.00' }, true, TODAY).profit).toBe('3.00');
    const wrong = checkTransaction({ amount: '10.00', cost: '8.00', profit: '3.00' }, true, TODAY);
    expect(wrong.issues).toEqual([
      { field: 'profit', code: 'validation.profit_mismatch', params: { expected: '2.00' } },
    ]);
  });

  it('refuses a future date and a difference beyond NUMERIC(18,2)', () => {
    const far = checkTransaction(
      { occurredOn: '2026-07-01', amount: '9999999999999999.99', cost: '-1.00' },
      false,
      TODAY,
    );
    expect(far.issues.map((i) => i.code)).toEqual(['validation.future_date', 'validation.money']);
  });
});

describe('checkPayment', () => {
  it('accepts an unpaid invoice and a paid one', () => {
    expect(checkPayment({ issuedOn: '2026-05-01', dueOn: '2026-05-31', amount: '1.00' }, TODAY)).toEqual([]); // prettier-ignore
    const paid = { issuedOn: '2026-05-01', dueOn: '2026-05-31', amount: '1.00', paidOn: TODAY, paidAmount: '1.00' }; // prettier-ignore
    expect(checkPayment(paid, TODAY)).toEqual([]);
  });

  it('names the paid date or amount that is missing, and a payment in the future', () => {
    expect(checkPayment({ paidAmount: '1.00' }, TODAY)).toEqual([
      { field: 'paidOn', code: 'validation.required' },
    ]);
    expect(checkPayment({ paidOn: '2026-07-01', paidAmount: '1.00' }, TODAY)).toEqual([
      { field: 'paidOn', code: 'validation.future_date' },
    ]);
  });
});

describe('checkProject', () => {
  it('lets a project end the day it starts, not before', () => {
    expect(checkProject({ startOn: '2026-01-01', endOn: '2026-01-01' })).toEqual([]);
    expect(checkProject({ startOn: '2026-01-02', endOn: '2026-01-01', contractValue: '-1.00' })).toEqual([
      { field: 'contractValue', code: 'validation.negative_amount' },
      { field: 'endOn', code: 'validation.end_before_start' },
    ]); // prettier-ignore
  });
});
