import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addMonths, daysInMonth, isIsoDate, toIsoDate } from './date-only.ts';

describe('isIsoDate', () => {
  it.each(['2024-01-01', '2024-02-29', '2000-02-29', '1999-12-31', '0001-01-01', '9999-12-31'])(
    'accepts %s',
    (s) => {
      expect(isIsoDate(s)).toBe(true);
    },
  );

  it.each([
    '',
    '2023-02-29',
    '1900-02-29',
    '2024-04-31',
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    '0000-01-01',
    '2024-1-01',
    '20240101',
    '2024/01/01',
    ' 2024-01-01',
    '2024-01-01T00:00',
  ])('rejects %j', (s) => {
    expect(isIsoDate(s)).toBe(false);
  });

  it('treats years below 100 by the Gregorian rule', () => {
    expect(isIsoDate('0004-02-29')).toBe(true);
    expect(daysInMonth(100, 2)).toBe(28);
  });

  it('agrees with Date on every day of 1900–2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.nat(11), fc.nat(30), (y, m, d) => {
        const s = `${y}-${String(m + 1).padStart(2, '0')}-${String(d + 1).padStart(2, '0')}`;
        const date = new Date(`${s}T00:00:00Z`);
        const real = !Number.isNaN(date.getTime()) && date.toISOString().startsWith(s);
        expect(isIsoDate(s)).toBe(real);
      }),
    );
  });
});

describe('addMonths', () => {
  it.each([
    ['2024-01-15', 1, '2024-02-15'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2024-11-30', 3, '2025-02-28'],
    ['2024-01-10', -13, '2022-12-10'],
    ['2024-05-31', 0, '2024-05-31'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-12-31', 120, '2034-12-31'],
  ])('%s %+d months → %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2024-02-30', 1],
    ['2024-01-01', 1.5],
    ['9999-12-01', 1],
    ['0001-01-01', -1],
  ])('throws on %s %d', (date, months) => {
    expect(() => addMonths(date, months)).toThrow(RangeError);
  });

  it('returns a real date with the same or a clamped day', () => {
    const date = fc
      .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.nat(30))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d + 1).padStart(2, '0')}`)
      .filter(isIsoDate);
    fc.assert(
      fc.property(date, fc.integer({ min: -600, max: 600 }), (d, n) => {
        const result = addMonths(d, n);
        expect(isIsoDate(result)).toBe(true);
        const [y, m, day] = d.split('-').map(Number) as [number, number, number];
        const [ry, rm, rday] = result.split('-').map(Number) as [number, number, number];
        expect(ry * 12 + rm - (y * 12 + m)).toBe(n);
        expect(rday).toBe(Math.min(day, daysInMonth(ry, rm)));
      }),
    );
  });
});

describe('toIsoDate', () => {
  it.each([
    ['2024-06-15T15:59:59Z', 'Asia/Shanghai', '2024-06-15'],
    ['2024-06-15T16:00:00Z', 'Asia/Shanghai', '2024-06-16'],
    ['2024-06-15T16:00:00Z', 'UTC', '2024-06-15'],
    ['2024-01-01T03:00:00Z', 'America/New_York', '2023-12-31'],
  ])('%s in %s is %s', (instant, zone, expected) => {
    expect(toIsoDate(new Date(instant), zone)).toBe(expected);
  });

  it('defaults to Beijing', () => {
    expect(toIsoDate(new Date('2024-12-31T20:00:00Z'))).toBe('2025-01-01');
  });
});
