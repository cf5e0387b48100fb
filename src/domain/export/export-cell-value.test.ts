import { describe, expect, it } from 'vitest';
import { exportCellValue } from './export-cell-value.ts';
import { exportFileName } from './export-file-name.ts';

describe('export cells (C1.12)', () => {
  it.each(['=1+1', '+86', '-2', '@SUM(A1)', '\tx', '\rx'])('neutralises %j', (text) => {
    expect(exportCellValue({ kind: 'text' }, text, 'zh-CN')).toBe(`'${text}`);
  });

  it('leaves ordinary text, and numbers, as they are', () => {
    expect(exportCellValue({ kind: 'text' }, '苏州 = 工业园', 'zh-CN')).toBe('苏州 = 工业园');
    expect(exportCellValue({ kind: 'money' }, '-1234.50', 'zh-CN')).toBe(-1234.5);
    expect(exportCellValue({ kind: 'text' }, null, 'zh-CN')).toBeNull();
  });

  it('labels codes in the locale and keeps an unknown code visible', () => {
    const cell = { kind: 'code', vocabulary: 'nature' } as const;
    expect(exportCellValue(cell, 'state_owned', 'zh-CN')).toBe('国有企业');
    expect(exportCellValue(cell, 'state_owned', 'zh-TW')).toBe('國營企業');
    expect(exportCellValue(cell, 'state_owned', 'en')).toBe('State-owned');
    expect(exportCellValue(cell, '=odd', 'en')).toBe("'=odd");
  });

  it('writes dates at UTC midnight and instants as Beijing wall-clock time', () => {
    expect(exportCellValue({ kind: 'date' }, '2026-03-15', 'zh-CN')).toEqual(
      new Date('2026-03-15T00:00:00Z'),
    );
    // 20:30 UTC on the 31st is 04:30 on 1 April in Beijing.
    expect(
      exportCellValue({ kind: 'datetime' }, new Date('2026-03-31T20:30:00Z'), 'zh-CN'),
    ).toEqual(new Date('2026-04-01T04:30:00Z'));
  });

  it('shows a mobile as users dial it rather than a neutralised +86', () => {
    expect(exportCellValue({ kind: 'mobile' }, '+8613812345678', 'zh-CN')).toBe('138 1234 5678');
  });

  it('names files after the list, the customer and the day, without unsafe characters', () => {
    expect(exportFileName('customers', 'zh-CN', '2026-06-30')).toBe('客户列表-20260630.xlsx');
    expect(exportFileName('transactions', 'zh-TW', '2026-06-30', 'A/B:公司*')).toBe(
      'A_B_公司_-交易紀錄-20260630.xlsx',
    );
  });
});
