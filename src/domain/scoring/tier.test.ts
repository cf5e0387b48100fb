import { describe, expect, it } from 'vitest';
import type { Localised } from '../i18n/locale.ts';
import { DEFAULT_MODEL } from './default-model.ts';
import type { ScoringModel } from './model-types.ts';
import { scorePopulation } from './score-population.ts';
import { tierFor } from './tier.ts';

const SEED = DEFAULT_MODEL.thresholds;

describe('tierFor at every edge (seed 001 二(三))', () => {
  it.each([
    [10000, 'A'],
    [8500, 'A'],
    [8499, 'B'],
    [7000, 'B'],
    [6999, 'C'],
    [5500, 'C'],
    [5499, 'D'],
    [0, 'D'],
  ] as const)('%i hundredths → %s', (total, tier) => {
    expect(tierFor(total, SEED)).toBe(tier);
  });

  it('follows edited thresholds with decimals', () => {
    const t = { A: 90.5, B: 75.25, C: 60 };
    expect([9050, 9049, 7525, 7524, 6000, 5999].map((h) => tierFor(h, t))).toEqual([
      'A',
      'B',
      'B',
      'C',
      'C',
      'D',
    ]);
  });
});

const label: Localised = { 'zh-CN': '测试', 'zh-TW': '測試', en: 'Test' };

/** Two linear 0–100 indicators weighted 99 and 1: total = (99·x + y) / 100, rounded once. */
function twoIndicatorModel(): ScoringModel {
  const linear = { method: 'linear', floor: '0', cap: '100' } as const;
  return {
    ...structuredClone(DEFAULT_MODEL),
    dimensions: [
      {
        id: 'only',
        labels: label,
        indicators: [
          {
            id: 'big',
            labels: label,
            weight: 99,
            kind: 'computed',
            source: 'repeat_purchase_rate',
            normalisation: linear,
            missingScore: 0,
          },
          {
            id: 'small',
            labels: label,
            weight: 1,
            kind: 'computed',
            source: 'survey_recognition',
            normalisation: linear,
            missingScore: 0,
          },
        ],
      },
    ],
  };
}

describe('the total is rounded once, half up, in exact hundredths', () => {
  const score = (big: string, small: string) =>
    scorePopulation(twoIndicatorModel(), [
      { customerId: 1, raw: { repeat_purchase_rate: big, survey_recognition: small }, ratings: {} },
    ]).customers[0];

  it('84.995 (85.85 × 99 % + 0.35 × 1 %) rounds up to 85.00 and is A', () => {
    const c = score('85.85', '0.35');
    expect(c?.indicators.map((l) => l.contribution)).toEqual(['84.9915', '0.0035']);
    expect([c?.total, c?.tier]).toEqual(['85.00', 'A']);
  });

  it('84.9949 rounds down to 84.99 and is B', () => {
    const c = score('85.85', '0.34');
    expect([c?.total, c?.tier]).toEqual(['84.99', 'B']);
  });

  it('a lone contribution of 0.0050 makes a total of 0.01', () => {
    expect(score('0', '0.50')?.total).toBe('0.01');
    expect(score('0', '0.49')?.total).toBe('0.00');
  });
});
