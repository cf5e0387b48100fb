import { describe, expect, it } from 'vitest';
import { CUSTOMER_FIELDS } from '../validation/customer-rules.ts';
import { CUSTOMER_COLUMNS } from './customer-columns.ts';
import { headerKey, recogniseColumns } from './header-match.ts';

describe('headerKey', () => {
  it.each([
    ['客户名称', '客户名称', undefined],
    [' 客户名称* ', '客户名称', undefined],
    ['金额（万元）', '金额', '万'],
    ['金额(元)', '金额', undefined],
    ['回款金额【亿元】', '回款金额', '亿'],
    ['Credit Code', 'creditcode', undefined],
    ['（备注）', '(备注)', undefined],
  ])('%s → %s', (header, key, unit) => {
    expect(headerKey(header)).toEqual(unit === undefined ? { key } : { key, unit });
  });
});

describe('recogniseColumns', () => {
  it('maps every customer field, in any of its names', () => {
    expect(CUSTOMER_COLUMNS.map((c) => c.field).sort()).toEqual([...CUSTOMER_FIELDS].sort());
    const { columns, issues } = recogniseColumns('customers', [
      '客户名称',
      '統一社會信用代碼',
      'nature',
      'Industry',
      '省份',
      '所属区域',
      '联系人',
    ]);
    expect(issues).toEqual([]);
    expect(columns.map((c) => c.field)).toEqual([
      'name',
      'creditCode',
      'nature',
      'industry',
      'province',
      'orgUnitId',
      null,
    ]);
  });

  it('reads the same header per kind: 金额 is an order amount or an invoice amount', () => {
    const headers = ['统一社会信用代码', '外部单号', '交易日期', '金额', '开票日期', '到期日'];
    expect(recogniseColumns('transactions', headers).columns[3]?.field).toBe('transaction.amount');
    expect(recogniseColumns('payments', headers).columns[3]?.field).toBe('payment.amount');
  });

  it('names missing required columns and fields fed twice', () => {
    const { issues } = recogniseColumns('transactions', ['信用代码', '金额', '交易金额']);
    expect(issues).toEqual([
      { field: 'transaction.amount', code: 'validation.column_duplicate' },
      { field: 'transaction.externalId', code: 'validation.column_missing' },
      { field: 'transaction.occurredOn', code: 'validation.column_missing' },
    ]);
  });

  it('lets an explicit mapping rename, ignore and refuse', () => {
    const { columns, issues } = recogniseColumns(
      'contacts',
      ['客户代码', '联系人', '手机', '备注'],
      { 客户代码: 'creditCode', 手机: null, 备注: 'contact.hobby' },
    );
    expect(columns.map((c) => c.field)).toEqual(['creditCode', 'contact.name', null, null]);
    expect(issues).toEqual([
      { field: 'mapping', code: 'validation.mapping', params: { value: 'contact.hobby' } },
    ]);
  });

  it('carries the amount unit of the header', () => {
    const { columns } = recogniseColumns('transactions', ['金额（万元）']);
    expect(columns[0]).toEqual({
      index: 0,
      header: '金额（万元）',
      field: 'transaction.amount',
      unit: '万',
    });
  });
});
