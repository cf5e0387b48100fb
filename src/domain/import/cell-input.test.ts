import { describe, expect, it } from 'vitest';
import { cellInput, cellText, dateInput } from './cell-input.ts';
import { CUSTOMER_COLUMNS } from './customer-columns.ts';
import type { ImportColumn } from './import-column.ts';
import { TRANSACTION_COLUMNS } from './transaction-columns.ts';
import { CONTACT_COLUMNS } from './contact-columns.ts';

const column = (columns: readonly ImportColumn[], field: string) =>
  columns.find((c) => c.field === field)!;

describe('dateInput', () => {
  it.each([
    ['2026-03-05', '2026-03-05'],
    ['2026/3/5', '2026-03-05'],
    ['2026.03.05', '2026-03-05'],
    ['2026年3月5日', '2026-03-05'],
    ['２０２６年３月５日', '2026-03-05'],
    ['20260305', '2026-03-05'],
    ['2026-03-05 14:30:00', '2026-03-05'],
    ['2026-02-30', '2026-02-30'],
    ['明天', '明天'],
  ])('%s → %s', (text, iso) => expect(dateInput(text)).toBe(iso));

  it('reads .xlsx dates (UTC), Excel serials and yyyymmdd numbers', () => {
    expect(dateInput(new Date(Date.UTC(2026, 2, 5)))).toBe('2026-03-05');
    expect(dateInput(46086)).toBe('2026-03-05');
    expect(dateInput(20260305)).toBe('2026-03-05');
    expect(dateInput(1.5)).toBe('1.5');
  });
});

describe('cellInput', () => {
  it('turns labels into codes, in any of the three languages or a synonym', () => {
    const nature = column(CUSTOMER_COLUMNS, 'nature');
    expect(cellInput(nature, '国有企业')).toBe('state_owned');
    expect(cellInput(nature, '國營企業')).toBe('state_owned');
    expect(cellInput(nature, '国企')).toBe('state_owned');
    expect(cellInput(nature, 'Private')).toBe('private');
    expect(cellInput(nature, 'private')).toBe('private');
    expect(cellInput(nature, '个体户')).toBe('个体户');
    const industry = column(CUSTOMER_COLUMNS, 'industry');
    expect(cellInput(industry, '制造业')).toBe('C');
    expect(cellInput(industry, 'C 制造业')).toBe('C');
    expect(cellInput(industry, 'c')).toBe('C');
    expect(cellInput(industry, 'Construction')).toBe('E');
    expect(cellInput(column(CONTACT_COLUMNS, 'contact.isKeyPerson'), '是')).toBe('true');
    expect(cellInput(column(CONTACT_COLUMNS, 'contact.isKeyPerson'), true)).toBe('true');
  });

  it('completes province short names', () => {
    const province = column(CUSTOMER_COLUMNS, 'province');
    expect(cellInput(province, '上海')).toBe('上海市');
    expect(cellInput(province, '广西')).toBe('广西壮族自治区');
    expect(cellInput(province, '江苏省')).toBe('江苏省');
  });

  it('scales plain amounts of a 万元 column and leaves written units alone', () => {
    const amount = column(TRANSACTION_COLUMNS, 'transaction.amount');
    expect(cellInput(amount, 12.5, '万')).toBe('12.5万');
    expect(cellInput(amount, '1,200', '万')).toBe('1,200万');
    expect(cellInput(amount, '¥300', '万')).toBe('¥300');
    expect(cellInput(amount, 300)).toBe(300);
  });

  it('treats blanks as absent and numbers as their digits', () => {
    expect(cellInput(column(CUSTOMER_COLUMNS, 'name'), '  ')).toBeNull();
    expect(cellInput(column(CUSTOMER_COLUMNS, 'postcode'), 200433)).toBe('200433');
    expect(cellText(new Date(Date.UTC(2026, 0, 2, 3, 4, 5)))).toBe('2026-01-02 03:04:05');
  });
});
