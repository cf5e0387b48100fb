import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL } from './default-model.ts';
import { diffScores, explainScore } from './explain.ts';
import { scorePopulation } from './score-population.ts';
import type { CustomerFacts, CustomerScore } from './score-types.ts';

/** Two customers; percentile among 2: the lower scores 0, the higher 100. */
const LAST_RUN: CustomerFacts[] = [
  {
    customerId: 7,
    raw: { annual_purchase_amount: '100.00', purchase_frequency: '2', payment_on_time_rate: '72' },
    ratings: { industry_outlook: 3 },
  },
  {
    customerId: 8,
    raw: { annual_purchase_amount: '900.00', purchase_frequency: '9', payment_on_time_rate: '99' },
    ratings: { industry_outlook: 3 },
  },
];

describe('explainScore (C2.4)', () => {
  const [seven] = scorePopulation(DEFAULT_MODEL, LAST_RUN).customers;

  it('gives each indicator its labels, method, raw value, score, weight and contribution', () => {
    const explanation = explainScore(DEFAULT_MODEL, seven!);
    expect(explanation.diff).toBeNull();
    expect(explanation.indicators[7]).toEqual({
      indicatorId: 'payment_record',
      dimensionId: 'credit_standing',
      labels: { 'zh-CN': '付款记录', 'zh-TW': '付款記錄', en: 'Payment record' },
      dimensionLabels: { 'zh-CN': '信用状况', 'zh-TW': '信用狀況', en: 'Credit standing' },
      method: 'bands',
      raw: '72',
      defaulted: false,
      score: '50.00',
      weight: 5,
      contribution: '2.5000',
    });
    expect(explanation.indicators.map((l) => l.method).slice(0, 4)).toEqual([
      'percentile',
      'percentile',
      'linear',
      'rated',
    ]);
  });

  /**
   * Customer 7 by hand, last run: amount 0 · frequency 0 · profit missing 0 · outlook 3 → 5 ·
   * growth missing 5 · new business default 5 · credit default 1.25 · on-time 72 % → 50×5 = 2.5
   * · financial default 2.5 · repeat missing 0 · referral default 1 · brand default 0.5 = 22.75 D.
   * This run it bought more than 8 (amount and frequency now rank top: +30 and +10), paid
   * 96 % on time (band 90: +2) and its outlook was rated 5 (+5): 69.75, tier C.
   */
  it('says what changed since the previous result', () => {
    const thisRun = structuredClone(LAST_RUN);
    thisRun[0]!.raw = {
      annual_purchase_amount: '1000.00',
      purchase_frequency: '12',
      payment_on_time_rate: '96',
    };
    thisRun[0]!.ratings.industry_outlook = 5;
    const [now] = scorePopulation(DEFAULT_MODEL, thisRun).customers;
    expect([seven!.total, now!.total, now!.tier]).toEqual(['22.75', '69.75', 'C']);
    const diff = explainScore(DEFAULT_MODEL, now!, seven!).diff!;
    expect(diff.totalDelta).toBe('47.00');
    expect(diff.tierChange).toEqual({ from: 'D', to: 'C', direction: 'up' });
    const changed = diff.indicators.filter((d) => d.contributionDelta !== '0.0000');
    expect(changed).toEqual([
      { indicatorId: 'annual_purchase_amount', contributionDelta: '30.0000', scoreDelta: '100.00', presentIn: 'both' },
      { indicatorId: 'purchase_frequency', contributionDelta: '10.0000', scoreDelta: '100.00', presentIn: 'both' },
      { indicatorId: 'industry_outlook', contributionDelta: '5.0000', scoreDelta: '50.00', presentIn: 'both' },
      { indicatorId: 'payment_record', contributionDelta: '2.0000', scoreDelta: '40.00', presentIn: 'both' },
    ]); // prettier-ignore
  });

  it('reports a fall, and indicators on one side only (another model version)', () => {
    const line = (indicatorId: string, score: string, weight: number, contribution: string) => ({
      indicatorId,
      dimensionId: 'd',
      raw: null,
      defaulted: false,
      score,
      weight,
      contribution,
    });
    const previous: CustomerScore = {
      customerId: 1,
      indicators: [line('kept', '90.00', 60, '54.0000'), line('dropped', '80.00', 40, '32.0000')],
      total: '86.00',
      tier: 'A',
    };
    const current: CustomerScore = {
      customerId: 1,
      indicators: [line('kept', '85.55', 60, '51.3300'), line('added', '50.00', 40, '20.0000')],
      total: '71.33',
      tier: 'B',
    };
    expect(diffScores(current, previous)).toEqual({
      totalDelta: '-14.67',
      tierChange: { from: 'A', to: 'B', direction: 'down' },
      indicators: [
        { indicatorId: 'kept', contributionDelta: '-2.6700', scoreDelta: '-4.45', presentIn: 'both' },
        { indicatorId: 'added', contributionDelta: '20.0000', scoreDelta: null, presentIn: 'current' },
        { indicatorId: 'dropped', contributionDelta: '-32.0000', scoreDelta: null, presentIn: 'previous' },
      ],
    }); // prettier-ignore
  });
});
