import { describe, expect, it } from 'vitest';
import { validatePaymentRow, validateTransactionRow } from './record-row-rules.ts';
import { safeCellText } from './safe-cell.ts';

const order = {
  creditCode: '91310110666007217T',
  'transaction.externalId': 'SO-1',
  'transaction.occurredOn': '2026-03-05',
  'transaction.amount': '¥1.5万',
};
const TODAY = '2026-06-30';

describe('validateTransactionRow', () => {
  it('normalises with the field rules and derives the profit from the cost', () => {
    const { values, issues } = validateTransactionRow(
      { ...order, 'transaction.cost': '9,000.5', 'transaction.quantity': '1,200.50' },
      TODAY,
    );
    expect(issues).toEqual([]);
    expect(values).toMatchObject({
      'transaction.amount': '15000.00',
      'transaction.cost': '9000.50',
      'transaction.profit': '5999.50',
      'transaction.quantity': '1200.500',
    });
  });

  it('names every bad field at once', () => {
    const { issues } = validateTransactionRow(
      {
        creditCode: '91310110666007217X',
        'transaction.occurredOn': '2026-02-30',
        'transaction.amount': '12.345',
        'transaction.quantity': '1.2345',
        'transaction.channel': 'fax',
      },
      TODAY,
    );
    expect(issues.map((i) => `${i.field}:${i.code}`)).toEqual([
      'creditCode:validation.credit_code_check',
      'transaction.externalId:validation.required',
      'transaction.occurredOn:validation.date',
      'transaction.amount:validation.money',
      'transaction.channel:validation.enum',
      'transaction.quantity:validation.quantity',
    ]);
  });

  it('checks across fields as the API does: future dates, a profit that disagrees', () => {
    const { issues } = validateTransactionRow(
      {
        ...order,
        'transaction.occurredOn': '2026-07-01',
        'transaction.cost': '10000',
        'transaction.profit': '6000',
      },
      TODAY,
    );
    expect(issues).toEqual([
      { field: 'transaction.occurredOn', code: 'validation.future_date' },
      {
        field: 'transaction.profit',
        code: 'validation.profit_mismatch',
        params: { expected: '5000.00' },
      },
    ]);
  });
});

describe('validatePaymentRow', () => {
  it('requires the invoice dates and amount', () => {
    const { issues } = validatePaymentRow({ creditCode: '91310110666007217T' }, TODAY);
    expect(issues.map((i) => i.field)).toEqual([
      'payment.externalId',
      'payment.issuedOn',
      'payment.dueOn',
      'payment.amount',
    ]);
  });

  it('checks the due date and the payment pair', () => {
    const { issues } = validatePaymentRow(
      {
        creditCode: '91310110666007217T',
        'payment.externalId': 'AR-1',
        'payment.issuedOn': '2026-03-01',
        'payment.dueOn': '2026-02-01',
        'payment.amount': '100',
        'payment.paidOn': '2026-03-05',
      },
      TODAY,
    );
    expect(issues.map((i) => `${i.field}:${i.code}`)).toEqual([
      'payment.dueOn:validation.due_before_issue',
      'payment.paidAmount:validation.required',
    ]);
  });
});

describe('safeCellText', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+86 138', `'+86 138`],
    ['-1+2', `'-1+2`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    ['上海=1', '上海=1'],
    ['', ''],
  ])('%j → %j', (text, safe) => expect(safeCellText(text)).toBe(safe));
});
