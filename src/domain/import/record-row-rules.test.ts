import { describe, expect, it } from 'vitest';
import { parseQuantity } from './quantity.ts';
import { validatePaymentRow, validateTransactionRow } from './record-row-rules.ts';
import { safeCellText } from './safe-cell.ts';

const order = {
  creditCode: '91310110666007217T',
  'transaction.externalId': 'SO-1',
  'transaction.occurredOn': '2026-03-05',
  'transaction.amount': '¥1.5万',
};

describe('validateTransactionRow', () => {
  it('normalises with the field rules and derives the profit from the cost', () => {
    const { values, issues } = validateTransactionRow({
      ...order,
      'transaction.cost': '9,000.5',
      'transaction.quantity': '1,200.50',
    });
    expect(issues).toEqual([]);
    expect(values).toMatchObject({
      'transaction.amount': '15000.00',
      'transaction.cost': '9000.50',
      'transaction.profit': '5999.50',
      'transaction.quantity': '1200.5',
    });
  });

  it('names every bad field at once', () => {
    const { issues } = validateTransactionRow({
      creditCode: '91310110666007217X',
      'transaction.occurredOn': '2026-02-30',
      'transaction.amount': '12.345',
      'transaction.quantity': '1.2345',
      'transaction.channel': 'fax',
    });
    expect(issues.map((i) => `${i.field}:${i.code}`)).toEqual([
      'creditCode:validation.credit_code_check',
      'transaction.externalId:validation.required',
      'transaction.occurredOn:validation.date',
      'transaction.amount:validation.money',
      'transaction.channel:validation.enum',
      'transaction.quantity:validation.invalid',
    ]);
  });
});

describe('validatePaymentRow', () => {
  it('requires the invoice dates and amount', () => {
    const { issues } = validatePaymentRow({ creditCode: '91310110666007217T' });
    expect(issues.map((i) => i.field)).toEqual([
      'payment.externalId',
      'payment.issuedOn',
      'payment.dueOn',
      'payment.amount',
    ]);
  });
});

describe('parseQuantity', () => {
  it.each([
    ['2', '2'],
    ['0.500', '0.5'],
    ['-3', '-3'],
    ['-0', '0'],
    ['1,234,567.125', '1234567.125'],
    ['12,34', null],
    ['1.2345', null],
    ['1e3', null],
    ['1234567890123456', null],
  ])('%s → %s', (input, expected) => expect(parseQuantity(input)).toBe(expected));
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
