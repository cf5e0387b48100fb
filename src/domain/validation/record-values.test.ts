import { describe, expect, it } from 'vitest';
import { parseInstant, parseQuantity } from './record-values.ts';

describe('parseQuantity (NUMERIC(18,3))', () => {
  it.each([
    ['2', '2.000'],
    ['1,200.5', '1200.500'],
    ['０.２５', '0.250'],
    ['-3', '-3.000'],
    [' 7 ', '7.000'],
    ['-0', '0.000'],
    ['999999999999999.999', '999999999999999.999'],
  ])('%s → %s', (input, expected) => {
    expect(parseQuantity(input)).toBe(expected);
  });

  it.each(['', 'abc', '1.2345', '12,5', '1e3', '1000000000000000', '1..2'])(
    'refuses %j',
    (input) => {
      expect(parseQuantity(input)).toBeNull();
    },
  );
});

describe('parseInstant', () => {
  it.each([
    ['2026-03-15 14:30', '2026-03-15T06:30:00.000Z'],
    ['2026-03-15T14:30:05', '2026-03-15T06:30:05.000Z'],
    ['2026-03-15', '2026-03-14T16:00:00.000Z'],
    ['2026-03-15T06:30:00Z', '2026-03-15T06:30:00.000Z'],
    ['2026-03-15T06:30:00.123+00:00', '2026-03-15T06:30:00.123Z'],
    ['2026-03-15 14:30+0800', '2026-03-15T06:30:00.000Z'],
    ['２０２６-０３-１５ １４:３０', '2026-03-15T06:30:00.000Z'],
  ])('%s → %s', (input, expected) => {
    expect(parseInstant(input)).toBe(expected);
  });

  it.each(['2026-02-30 10:00', '2026-03-15 24:00', '2026-03-15 10:60', 'yesterday', '15/03/2026'])(
    'refuses %j',
    (input) => {
      expect(parseInstant(input)).toBeNull();
    },
  );
});
