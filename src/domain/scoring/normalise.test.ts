import { describe, expect, it } from 'vitest';
import { formatScaled, parseScaled, shareInHundredths, toHundredths } from './exact-decimal.ts';
import { fivePointScale, QUALITY_LABELS } from './rating-scales.ts';
import { bandScore, linearScore, ratingScore } from './normalise.ts';

describe('linearScore: clamped line in hundredths, half up', () => {
  it.each([
    ['-5', '0', '30', 0],
    ['0', '0', '30', 0],
    ['18', '0', '30', 6000],
    ['10.01', '0', '30', 3337], // 33.3666… → 33.37
    ['10', '0', '30', 3333], // 33.3333… → 33.33
    ['30', '0', '30', 10000],
    ['31.5', '0', '30', 10000],
    ['0', '-30', '30', 5000],
    ['-6.00', '-30', '30', 4000],
    ['0.125', '0', '100', 13], // 0.125 exactly half → up
    ['0.12499', '0', '100', 12],
  ])('%s on %s..%s → %i', (raw, floor, cap, expected) => {
    expect(linearScore(raw, floor, cap)).toBe(expected);
  });
});

describe('bandScore', () => {
  const steps = [
    { atLeast: '50', score: 20 },
    { atLeast: '95', score: 90 },
    { atLeast: '100', score: 100 },
  ];
  it.each([
    ['0', 0],
    ['49.99', 0],
    ['50', 2000],
    ['94.99', 2000],
    ['95.00', 9000],
    ['100', 10000],
    ['120', 10000],
  ])('%s → %i', (raw, expected) => {
    expect(bandScore(raw, 0, steps)).toBe(expected);
  });

  it('allows falling scores (e.g. more overdue days, fewer points)', () => {
    const days = [
      { atLeast: '1', score: 60 },
      { atLeast: '31', score: 20 },
    ];
    expect(['0', '1', '30', '31', '365'].map((d) => bandScore(d, 100, days))).toEqual([
      10000, 6000, 6000, 2000, 2000,
    ]);
  });
});

describe('ratingScore', () => {
  const scale = fivePointScale(QUALITY_LABELS, 3);
  it('maps points to their declared scores and refuses points off the scale', () => {
    expect([1, 2, 3, 4, 5].map((v) => ratingScore(scale, v))).toEqual([0, 2500, 5000, 7500, 10000]);
    expect(ratingScore(scale, 6)).toBeNull();
  });
});

describe('exact decimals', () => {
  it('formats and parses scaled integers as NUMERIC prints them', () => {
    expect([
      formatScaled(8735, 2),
      formatScaled(5, 2),
      formatScaled(-5, 4),
      formatScaled(0, 2),
    ]).toEqual(['87.35', '0.05', '-0.0005', '0.00']);
    expect([parseScaled('87.35', 2), parseScaled('-0.5', 4), parseScaled('3', 2)]).toEqual([
      8735, -5000, 300,
    ]);
  });

  it('rounds a share half up and reads scores with at most two decimals', () => {
    expect([
      shareInHundredths(1n, 800n),
      shareInHundredths(1n, 3n),
      shareInHundredths(2n, 3n),
    ]).toEqual([13, 3333, 6667]);
    expect([
      toHundredths(84.99),
      toHundredths(85),
      toHundredths(84.995),
      toHundredths(NaN),
    ]).toEqual([8499, 8500, null, null]);
  });
});
