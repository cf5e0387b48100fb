import { describe, expect, it } from 'vitest';
import { parsePeriodLabel, previousQuarterLabel } from './run-period.ts';

describe('evaluation period labels (C2.3)', () => {
  it.each([
    ['2026', '2026-01-01', '2026-12-31'],
    ['2026-Q1', '2026-01-01', '2026-03-31'],
    ['2026-Q3', '2026-07-01', '2026-09-30'],
    ['2026-H2', '2026-07-01', '2026-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2025-02', '2025-02-01', '2025-02-28'],
  ])('%s runs from %s to %s', (label, start, end) => {
    expect(parsePeriodLabel(label)).toEqual({ label, start, end });
  });

  it('normalises full-width digits and case', () => {
    expect(parsePeriodLabel(' ２０２６-q4 ')).toEqual({
      label: '2026-Q4',
      start: '2026-10-01',
      end: '2026-12-31',
    });
  });

  it.each([
    '',
    '26',
    '2026-Q0',
    '2026-Q5',
    '2026-H3',
    '2026-13',
    '2026-00',
    '1999',
    '2026Q1',
    '2026-07-01',
  ])('refuses %j', (label) => {
    expect(parsePeriodLabel(label)).toBeNull();
  });
});

describe('the quarter scheduled re-scoring scores (C2.8)', () => {
  it.each([
    ['2026-01-01', '2025-Q4'],
    ['2026-03-31', '2025-Q4'],
    ['2026-04-01', '2026-Q1'],
    ['2026-12-01', '2026-Q3'],
  ])('on %s it is %s', (day, label) => {
    expect(previousQuarterLabel(day)).toBe(label);
  });
});
