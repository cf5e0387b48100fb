import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  COMPLETENESS_ENTRIES,
  completenessOf,
  roundedPercent,
  type CompletenessInput,
} from './completeness.ts';

const ALL_FILLED: CompletenessInput = Object.fromEntries(
  COMPLETENESS_ENTRIES.map((entry) => [entry.field, 'x']),
);
const TOTAL = COMPLETENESS_ENTRIES.filter((e) => !e.keyAccountsOnly).reduce(
  (sum, e) => sum + e.weight,
  0,
);
const KA_TOTAL = COMPLETENESS_ENTRIES.reduce((sum, e) => sum + e.weight, 0);

describe('completenessOf', () => {
  it.each<[string, CompletenessInput, number, string[]]>([
    [
      'an empty file',
      {},
      0,
      COMPLETENESS_ENTRIES.filter((e) => !e.keyAccountsOnly).map((e) => e.field),
    ],
    ['every field of a prospect', { ...ALL_FILLED, kaClass: null }, 100, []],
    [
      'a key account without its KA class',
      { ...ALL_FILLED, kaClass: null, lifecycleStatus: 'key_account' },
      roundedPercent(KA_TOTAL - 2, KA_TOTAL),
      ['kaClass'],
    ],
    [
      'a KA level makes the KA class count too',
      { ...ALL_FILLED, kaClass: undefined, kaLevel: 'branch' },
      roundedPercent(KA_TOTAL - 2, KA_TOTAL),
      ['kaClass'],
    ],
    [
      'kaLevel none is not a key account',
      { ...ALL_FILLED, kaLevel: 'none', kaClass: null },
      100,
      [],
    ],
    [
      'blank and whitespace count as missing',
      { ...ALL_FILLED, phone: '   ', address: '' },
      roundedPercent(TOTAL - 4, TOTAL),
      ['address', 'phone'],
    ],
    ['zero employees is filled', { ...ALL_FILLED, employees: 0 }, 100, []],
    [
      'missing fields come in list order',
      { ...ALL_FILLED, valueSegment: null, shortName: null, mainProducts: null },
      roundedPercent(TOTAL - 4, TOTAL),
      ['shortName', 'mainProducts', 'valueSegment'],
    ],
  ])('%s', (_name, input, score, missing) => {
    const result = completenessOf(input);
    expect(result.score).toBe(score);
    expect(result.missing).toEqual(missing);
  });
});

describe('roundedPercent', () => {
  it.each([
    [0, 10, 0],
    [1, 3, 33],
    [2, 3, 67],
    [1, 8, 13], // 12.5 rounds half up
    [1, 200, 1], // 0.5
    [10, 10, 100],
    [0, 0, 100],
  ])('%i of %i → %i', (filled, total, expected) => {
    expect(roundedPercent(filled, total)).toBe(expected);
  });

  it('equals Math.round for every share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.nat(), (total, n) => {
        const filled = n % (total + 1);
        expect(roundedPercent(filled, total)).toBe(Math.round((100 * filled) / total));
      }),
    );
  });
});
