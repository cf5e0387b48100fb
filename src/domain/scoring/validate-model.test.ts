import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error.ts';
import { errorMessage } from '../i18n/error-messages.ts';
import { DEFAULT_MODEL } from './default-model.ts';
import type { ComputedIndicator, RatedIndicator, ScoringModel } from './model-types.ts';
import { scorePopulation } from './score-population.ts';
import { validateModel } from './validate-model.ts';

/** A fresh, editable copy of the default model, changed by `edit`. */
function edited(edit: (m: ScoringModel) => void): ScoringModel {
  const model = structuredClone(DEFAULT_MODEL) as ScoringModel;
  edit(model);
  return model;
}
const value = (m: ScoringModel) => m.dimensions[0]!.indicators;
const computed = (m: ScoringModel, d: number, i: number) =>
  m.dimensions[d]!.indicators[i] as ComputedIndicator;
const rated = (m: ScoringModel, d: number, i: number) =>
  m.dimensions[d]!.indicators[i] as RatedIndicator;

describe('validateModel', () => {
  it('names every weight and the actual sum when weights do not add up to 100', () => {
    const issues = validateModel(edited((m) => (value(m)[0]!.weight = 25)));
    expect(issues).toEqual([
      {
        field: 'dimensions',
        code: 'validation.scoring_weight_sum',
        params: {
          sum: 95,
          weights:
            'annual_purchase_amount 25 + purchase_frequency 10 + profit_contribution_rate 10 + ' +
            'industry_outlook 10 + business_growth 10 + new_business_possibility 10 + ' +
            'credit_rating 5 + payment_record 5 + financial_status 5 + ' +
            'repeat_purchase_rate 2 + referral_willingness 2 + brand_recognition 1',
        },
      },
    ]);
    const [issue] = issues;
    expect(errorMessage(issue!.code, 'zh-CN', issue!.field, issue!.params)).toMatch(
      /^指标权重合计为 95，应为 100（annual_purchase_amount 25 \+ /,
    );
    expect(errorMessage(issue!.code, 'en', issue!.field, issue!.params)).toMatch(
      /^The indicator weights add up to 95, not 100/,
    );
  });

  it('wants whole, positive weights', () => {
    const issues = validateModel(
      edited((m) => {
        value(m)[0]!.weight = 29.5;
        value(m)[1]!.weight = 10.5;
      }),
    );
    expect(issues.map((i) => [i.field, i.code])).toEqual([
      ['dimensions.0.indicators.0.weight', 'validation.integer'],
      ['dimensions.0.indicators.1.weight', 'validation.integer'],
    ]);
  });

  it('refuses thresholds that are not strictly ordered, and scores with a third decimal', () => {
    expect(validateModel(edited((m) => (m.thresholds = { A: 85, B: 85, C: 55 })))).toEqual([
      {
        field: 'thresholds',
        code: 'validation.scoring_thresholds_order',
        params: { A: 85, B: 85, C: 55 },
      },
    ]);
    expect(validateModel(edited((m) => (m.thresholds.C = 0)))[0]?.code).toBe(
      'validation.scoring_thresholds_order',
    );
    expect(validateModel(edited((m) => (m.thresholds.A = 84.995)))).toEqual([
      { field: 'thresholds.A', code: 'validation.scoring_score' },
    ]);
    expect(validateModel(edited((m) => (m.thresholds.A = 101)))[0]?.field).toBe('thresholds.A');
  });

  it('wants band thresholds strictly ascending, and band scores within 0–100', () => {
    const issues = validateModel(
      edited((m) => {
        const n = computed(m, 2, 1).normalisation;
        if (n.method !== 'bands') throw new Error('payment record uses bands');
        n.steps[2]!.atLeast = '70';
        n.steps[3]!.score = 120;
      }),
    );
    expect(issues).toEqual([
      {
        field: 'dimensions.2.indicators.1.normalisation.steps.2.atLeast',
        code: 'validation.scoring_bands_order',
        params: { previous: '70', value: '70' },
      },
      {
        field: 'dimensions.2.indicators.1.normalisation.steps.3.score',
        code: 'validation.scoring_score',
      },
    ]);
  });

  it('wants a linear floor below its cap, and decimal strings for both', () => {
    const same = edited(
      (m) => (computed(m, 0, 2).normalisation = { method: 'linear', floor: '30', cap: '30' }),
    );
    expect(validateModel(same)).toEqual([
      {
        field: 'dimensions.0.indicators.2.normalisation.cap',
        code: 'validation.scoring_linear_range',
        params: { floor: '30', cap: '30' },
      },
    ]);
    const text = edited(
      (m) => (computed(m, 0, 2).normalisation = { method: 'linear', floor: '0', cap: '3e1' }),
    );
    expect(validateModel(text).map((i) => i.field)).toEqual([
      'dimensions.0.indicators.2.normalisation.cap',
    ]);
  });

  it('refuses duplicate and malformed ids', () => {
    const issues = validateModel(
      edited((m) => {
        value(m)[1]!.id = 'annual_purchase_amount';
        m.dimensions[1]!.id = 'value_contribution';
        m.measures.B[0]!.id = 'a_dedicated_team';
        value(m)[2]!.id = 'Profit Rate';
      }),
    );
    expect(issues.map((i) => [i.field, i.code, i.params?.value])).toEqual([
      ['dimensions.0.indicators.1.id', 'validation.scoring_duplicate_id', 'annual_purchase_amount'],
      ['dimensions.0.indicators.2.id', 'validation.scoring_id', undefined],
      ['dimensions.1.id', 'validation.scoring_duplicate_id', 'value_contribution'],
      ['measures.B.0.id', 'validation.scoring_duplicate_id', 'a_dedicated_team'],
    ]);
  });

  it('wants a declared default on every rating scale, and ascending points', () => {
    const issues = validateModel(
      edited((m) => {
        const outlook = rated(m, 1, 0);
        (outlook.scale as { defaultValue?: number }).defaultValue = undefined;
        rated(m, 1, 2).scale.defaultValue = 9;
        rated(m, 2, 0).scale.points[3]!.value = 3;
      }),
    );
    expect(issues.map((i) => [i.field, i.code, i.params])).toEqual([
      [
        'dimensions.1.indicators.0.scale.defaultValue',
        'validation.scoring_rating_default',
        { value: '' },
      ],
      [
        'dimensions.1.indicators.2.scale.defaultValue',
        'validation.scoring_rating_default',
        { value: '9' },
      ],
      [
        'dimensions.2.indicators.0.scale.points.3.value',
        'validation.scoring_scale_order',
        { previous: 3, value: 3 },
      ],
    ]);
  });

  it('wants labels in all three languages, a known source, and non-empty lists', () => {
    const issues = validateModel(
      edited((m) => {
        value(m)[0]!.labels['zh-TW'] = ' ';
        (computed(m, 0, 1) as { source: string }).source = 'gut_feeling';
        m.measures.C[0]!.text.en = '';
        m.dimensions[3]!.indicators = [];
      }),
    );
    expect(issues.map((i) => [i.field, i.code])).toEqual([
      ['dimensions.0.indicators.0.labels.zh-TW', 'validation.required'],
      ['dimensions.0.indicators.1.source', 'validation.enum'],
      ['dimensions.3.indicators', 'validation.scoring_empty'],
      ['dimensions', 'validation.scoring_weight_sum'],
      ['measures.C.0.text.en', 'validation.required'],
    ]);
    expect(validateModel(edited((m) => (m.dimensions = []))).map((i) => i.code)).toEqual([
      'validation.scoring_empty',
    ]);
  });

  it('checks the cadence and role of measures that create tasks (C5.2)', () => {
    const issues = validateModel(
      edited(
        (m) =>
          (m.measures.A[3]!.task = {
            cadence: { every: 0, unit: 'month' },
            role: 'boss' as 'director',
          }),
      ),
    );
    expect(issues.map((i) => i.field)).toEqual([
      'measures.A.3.task.cadence.every',
      'measures.A.3.task.role',
    ]);
  });

  it('returns every issue at once', () => {
    const issues = validateModel(
      edited((m) => {
        value(m)[0]!.weight = 0;
        m.thresholds.B = 90;
        computed(m, 0, 2).missingScore = -1;
      }),
    );
    expect(issues.map((i) => i.code)).toEqual([
      'validation.integer',
      'validation.scoring_score',
      'validation.scoring_weight_sum',
      'validation.scoring_thresholds_order',
    ]);
  });

  it('is enforced by scorePopulation, which refuses to score an invalid model', () => {
    const model = edited((m) => (value(m)[0]!.weight = 31));
    expect(() => scorePopulation(model, [])).toThrow(AppError);
    try {
      scorePopulation(model, []);
    } catch (error) {
      expect((error as AppError).issues[0]?.code).toBe('validation.scoring_weight_sum');
    }
  });
});
