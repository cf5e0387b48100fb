import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareExact, parseExact } from './exact-decimal.ts';
import { decimalString } from './scoring-arbitraries.ts';
import { percentileScores } from './percentile.ts';

describe('percentileScores: percent_rank over customers with a value', () => {
  it('ranks by the share of the others strictly below', () => {
    // n = 5, others = 4: below 0, 1, 2, 3, 4 → 0, 25, 50, 75, 100
    expect(percentileScores(['30', '10', '50', '20', '40'])).toEqual([5000, 0, 10000, 2500, 7500]);
  });

  it('gives ties the same, lowest rank (many customers with no purchases score 0)', () => {
    // n = 5, others = 4: 0.00 ×3 → below 0; 7 → below 3 → 75; 9 → 100
    expect(percentileScores(['0.00', '7', '0', '9', '0.0'])).toEqual([0, 7500, 0, 10000, 0]);
  });

  it('compares decimals exactly, not as text or floats', () => {
    expect(
      percentileScores(['9.5', '10', '-1', '100000000000000000.01', '100000000000000000']),
    ).toEqual([2500, 5000, 0, 10000, 7500]);
  });

  it('leaves customers without a value out of the population', () => {
    // n = 3 with a value: others = 2
    expect(percentileScores([null, '5', '1', null, '3'])).toEqual([null, 10000, 0, null, 5000]);
  });

  it('scores 100 when there is no spread: one customer, or all equal', () => {
    expect(percentileScores(['42'])).toEqual([10000]);
    expect(percentileScores(['7', '7.00', '7'])).toEqual([10000, 10000, 10000]);
    expect(percentileScores([null, null])).toEqual([null, null]);
  });

  it('rounds thirds half up', () => {
    // n = 4, others = 3: 33.333… → 33.33, 66.666… → 66.67
    expect(percentileScores(['1', '2', '3', '4'])).toEqual([0, 3333, 6667, 10000]);
  });

  it('agrees with the definition counted out pair by pair', () => {
    const raws = fc.array(
      fc.option(fc.oneof(decimalString(-5, 5, 0), decimalString(-5, 5)), { freq: 5 }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(raws, (values) => {
        const present = values.filter((v) => v !== null).map(parseExact);
        const expected = values.map((v) => {
          if (v === null) return null;
          const x = parseExact(v);
          const below = present.filter((y) => compareExact(y, x) < 0).length;
          const spread = present.some((y) => compareExact(y, x) !== 0);
          // round half up of 10000 × below / (n − 1), written out with plain integers
          return spread
            ? Math.floor((20000 * below + (present.length - 1)) / (2 * (present.length - 1)))
            : 10000;
        });
        expect(percentileScores(values)).toEqual(expected);
      }),
    );
  });
});
