import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error.ts';
import { DEFAULT_MODEL } from './default-model.ts';
import { dimensionWeight, indicatorsOf, TIERS } from './model-types.ts';
import { scorePopulation } from './score-population.ts';
import type { CustomerFacts } from './score-types.ts';
import { validateModel } from './validate-model.ts';

describe('the default model is seed 001 (SPEC C2.1)', () => {
  it('is valid', () => {
    expect(validateModel(DEFAULT_MODEL)).toEqual([]);
  });

  it('has the seed’s dimensions and weights', () => {
    expect(DEFAULT_MODEL.dimensions.map((d) => [d.labels['zh-CN'], dimensionWeight(d)])).toEqual([
      ['客户价值贡献', 50],
      ['合作潜力', 30],
      ['信用状况', 15],
      ['客户忠诚度', 5],
    ]);
    expect(indicatorsOf(DEFAULT_MODEL).map(({ indicator: i }) => [i.id, i.weight])).toEqual([
      ['annual_purchase_amount', 30],
      ['purchase_frequency', 10],
      ['profit_contribution_rate', 10],
      ['industry_outlook', 10],
      ['business_growth', 10],
      ['new_business_possibility', 10],
      ['credit_rating', 5],
      ['payment_record', 5],
      ['financial_status', 5],
      ['repeat_purchase_rate', 2],
      ['referral_willingness', 2],
      ['brand_recognition', 1],
    ]);
  });

  it('uses the seed’s thresholds and labels in three languages', () => {
    expect(DEFAULT_MODEL.thresholds).toEqual({ A: 85, B: 70, C: 55 });
    const amount = indicatorsOf(DEFAULT_MODEL)[0]?.indicator;
    expect(amount?.labels).toEqual({
      'zh-CN': '年度购买金额',
      'zh-TW': '年度購買金額',
      en: 'Annual purchase amount',
    });
  });

  it('has the service measures of seed 001 §三 for every tier (C5.1)', () => {
    expect(TIERS.map((t) => DEFAULT_MODEL.measures[t].length)).toEqual([5, 5, 4, 4]);
    expect(DEFAULT_MODEL.measures.A[0]?.text['zh-CN']).toMatch(/^专属服务团队/);
    expect(DEFAULT_MODEL.measures.D[3]?.text['zh-TW']).toMatch(/終止合作/);
    expect(DEFAULT_MODEL.measures.B[2]?.task).toEqual({
      cadence: { every: 1, unit: 'month' },
      role: 'ka_manager',
    });
  });

  it('is frozen, so no caller can change it for everyone', () => {
    expect(Object.isFrozen(DEFAULT_MODEL.dimensions[0]?.indicators[0])).toBe(true);
  });
});

/**
 * Three customers scored by hand. Percentile among 3 customers: below / 2 → 0, 50, 100.
 *
 * #1: amount 100×30=30 · frequency 100×10=10 · profit 18 % on 0–30 → 60×10=6 · outlook 4 → 75×10
 *     =7.5 · growth +15 % on −30..30 → 75×10=7.5 · new business 5 → 100×10=10 · credit 4 → 75×5
 *     =3.75 · on-time 96 % (band ≥95) → 90×5=4.5 · financial 4 → 75×5=3.75 · repeat 60 → 60×2
 *     =1.2 · referral 4 → 75×2=1.5 · brand 5 → 100×1=1            total 86.70 → A
 * #2: 50×30=15 · 50×10=5 · 9 % → 30×10=3 · 3 → 5 · −6 % → 40×10=4 · 3 → 5 · credit unrated →
 *     default 2 → 25×5=1.25 · 72 % (band ≥70) → 50×5=2.5 · 3 → 2.5 · 25 % → 0.5 · referral
 *     unrated → 3 → 1 · 3 → 0.5                                   total 45.25 → D
 * #3 (no purchases, nothing rated): 0 · 0 · profit missing 0 · 5 · growth missing 50×10=5 · 5
 *     · 1.25 · no invoice due 50×5=2.5 · 2.5 · repeat missing 0 · 1 · 0.5   total 22.75 → D
 */
const HAND: CustomerFacts[] = [
  {
    customerId: 1,
    raw: {
      annual_purchase_amount: '5000000.00',
      purchase_frequency: '24',
      profit_contribution_rate: '18.00',
      business_growth_yoy: '15.00',
      payment_on_time_rate: '96.00',
      repeat_purchase_rate: '60.00',
    },
    ratings: {
      industry_outlook: 4,
      new_business_possibility: 5,
      credit_rating: 4,
      financial_status: 4,
      referral_willingness: 4,
      brand_recognition: 5,
    },
  },
  {
    customerId: 2,
    raw: {
      annual_purchase_amount: '800000.00',
      purchase_frequency: '6',
      profit_contribution_rate: '9.00',
      business_growth_yoy: '-6.00',
      payment_on_time_rate: '72.00',
      repeat_purchase_rate: '25.00',
    },
    ratings: {
      industry_outlook: 3,
      new_business_possibility: 3,
      financial_status: 3,
      brand_recognition: 3,
    },
  },
  {
    customerId: 3,
    raw: { annual_purchase_amount: '0.00', purchase_frequency: '0', business_growth_yoy: null },
    ratings: {},
  },
];

describe('scorePopulation on hand-checked customers', () => {
  const result = scorePopulation(DEFAULT_MODEL, HAND);
  const [one, two, three] = result.customers;

  it('totals and tiers', () => {
    expect(result.customers.map((c) => [c.customerId, c.total, c.tier])).toEqual([
      [1, '86.70', 'A'],
      [2, '45.25', 'D'],
      [3, '22.75', 'D'],
    ]);
  });

  it('every line of customer 1', () => {
    expect(one?.indicators.map((l) => [l.indicatorId, l.score, l.contribution])).toEqual([
      ['annual_purchase_amount', '100.00', '30.0000'],
      ['purchase_frequency', '100.00', '10.0000'],
      ['profit_contribution_rate', '60.00', '6.0000'],
      ['industry_outlook', '75.00', '7.5000'],
      ['business_growth', '75.00', '7.5000'],
      ['new_business_possibility', '100.00', '10.0000'],
      ['credit_rating', '75.00', '3.7500'],
      ['payment_record', '90.00', '4.5000'],
      ['financial_status', '75.00', '3.7500'],
      ['repeat_purchase_rate', '60.00', '1.2000'],
      ['referral_willingness', '75.00', '1.5000'],
      ['brand_recognition', '100.00', '1.0000'],
    ]);
  });

  it('shows defaults for missing ratings and values, with the raw value kept as null', () => {
    const credit = two?.indicators.find((l) => l.indicatorId === 'credit_rating');
    expect(credit).toMatchObject({ raw: null, defaulted: true, score: '25.00' });
    const outlook = two?.indicators.find((l) => l.indicatorId === 'industry_outlook');
    expect(outlook).toMatchObject({ raw: '3', defaulted: false, score: '50.00' });
    const growth = three?.indicators.find((l) => l.indicatorId === 'business_growth');
    expect(growth).toMatchObject({ raw: null, defaulted: true, score: '50.00' });
    const amount = three?.indicators.find((l) => l.indicatorId === 'annual_purchase_amount');
    expect(amount).toMatchObject({ raw: '0.00', defaulted: false, score: '0.00' });
  });

  it('names the model version it used', () => {
    expect([result.modelId, result.modelVersion]).toEqual(['seed-001', 1]);
  });

  it('refuses a rating that is not on the model’s scale, naming customer and indicator', () => {
    const offScale = structuredClone(HAND);
    offScale[1]!.ratings.financial_status = 7;
    try {
      scorePopulation(DEFAULT_MODEL, offScale);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({
        code: 'validation.scoring_rating_off_scale',
        field: 'ratings.financial_status',
        params: { indicator: 'financial_status', value: 7, customer: 2 },
      });
    }
  });
});
