/**
 * fast-check generator of random valid scoring models, for the SQL oracle test only (nothing
 * outside *.test.ts may import this file). Scores, bounds and scales vary widely, so the
 * generated statement meets every normalisation, negative rating points, odd decimals and
 * weights from 1 to 100.
 */
import fc from 'fast-check';
import {
  COMPUTED_SOURCES,
  SOURCE_INFO,
  type ComputedSource,
} from '../../domain/scoring/computed-sources.ts';
import { formatScaled } from '../../domain/scoring/exact-decimal.ts';
import type { Localised } from '../../domain/i18n/locale.ts';
import type { Indicator, Normalisation, ScoringModel } from '../../domain/scoring/model-types.ts';
import { validateModel } from '../../domain/scoring/validate-model.ts';

const label = (text: string): Localised => ({ 'zh-CN': text, 'zh-TW': text, en: text });

/** A model score: 0–100 with two decimals. */
const score = fc.integer({ min: 0, max: 10000 }).map((h) => h / 100);

/** Bounds in the range a source's raw values take, in whole units. */
const RANGE: Record<string, [number, number]> = {
  yuan: [-100_000, 3_000_000],
  count: [0, 12],
  percent: [-120, 150],
  days: [0, 60],
  points: [0, 100],
};

function bounds(source: ComputedSource, count: number): fc.Arbitrary<string[]> {
  const [min, max] = RANGE[SOURCE_INFO[source].unit] ?? [0, 100];
  return fc.integer({ min: 0, max: 3 }).chain((scale) =>
    fc
      .uniqueArray(fc.integer({ min: min * 10 ** scale, max: max * 10 ** scale }), {
        minLength: count,
        maxLength: count,
      })
      .map((values) => values.sort((a, b) => a - b).map((v) => formatScaled(v, scale))),
  );
}

function normalisation(source: ComputedSource): fc.Arbitrary<Normalisation> {
  return fc.oneof(
    fc.constant<Normalisation>({ method: 'percentile' }),
    bounds(source, 2).map(([floor = '0', cap = '1']): Normalisation => ({
      method: 'linear',
      floor,
      cap,
    })),
    fc.integer({ min: 1, max: 5 }).chain((n) =>
      fc
        .tuple(bounds(source, n), fc.array(score, { minLength: n, maxLength: n }), score)
        .map(([steps, scores, base]): Normalisation => ({
          method: 'bands',
          base,
          steps: steps.map((atLeast, i) => ({ atLeast, score: scores[i] ?? 0 })),
        })),
    ),
  );
}

const computed = fc.constantFrom(...COMPUTED_SOURCES).chain((source) =>
  fc.record({ normalisation: normalisation(source), missingScore: score }).map((rest) => ({
    kind: 'computed' as const,
    source,
    ...rest,
  })),
);

const rated = fc
  .uniqueArray(fc.integer({ min: -3, max: 10 }), { minLength: 2, maxLength: 5 })
  .chain((values) => {
    const points = values.sort((a, b) => a - b);
    return fc
      .tuple(
        fc.array(score, { minLength: points.length, maxLength: points.length }),
        fc.constantFrom(...points),
      )
      .map(([scores, defaultValue]) => ({
        kind: 'rated' as const,
        scale: {
          points: points.map((value, i) => ({
            value,
            score: scores[i] ?? 0,
            labels: label(`${value}`),
          })),
          defaultValue,
        },
      }));
  });

/** n positive whole weights adding up to 100. */
function weights(n: number): fc.Arbitrary<number[]> {
  return fc
    .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: n - 1, maxLength: n - 1 })
    .map((cuts) => {
      const sorted = [0, ...cuts.sort((a, b) => a - b), 100];
      return sorted.slice(1).map((cut, i) => cut - (sorted[i] ?? 0));
    });
}

const thresholds = fc
  .uniqueArray(fc.integer({ min: 1, max: 10000 }), { minLength: 3, maxLength: 3 })
  .map((values) => {
    const [c = 1, b = 2, a = 3] = values.sort((x, y) => x - y);
    return { A: a / 100, B: b / 100, C: c / 100 };
  });

export const randomModel: fc.Arbitrary<ScoringModel> = fc
  .integer({ min: 1, max: 8 })
  .chain((n) =>
    fc.record({
      kinds: fc.array(fc.oneof(computed, rated), { minLength: n, maxLength: n }),
      weights: weights(n),
      dimensionOf: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: n, maxLength: n }),
      thresholds,
    }),
  )
  .map(({ kinds, weights: w, dimensionOf, thresholds: t }) => {
    const indicators: Indicator[] = kinds.map((kind, i) => ({
      id: `i${i}`,
      labels: label(`指标${i}`),
      weight: w[i] ?? 1,
      ...kind,
    }));
    // The first indicator opens dimension 0, so no dimension is empty.
    const groups = [0, 1, 2]
      .map((d) => indicators.filter((_, i) => (i === 0 ? 0 : (dimensionOf[i] ?? 0)) === d))
      .filter((group) => group.length > 0);
    return {
      id: 'random-model',
      version: 1,
      name: label('随机模型'),
      dimensions: groups.map((group, d) => ({
        id: `d${d}`,
        labels: label(`维度${d}`),
        indicators: group,
      })),
      thresholds: t,
      measures: { A: [], B: [], C: [], D: [] },
    };
  })
  .filter((model) => validateModel(model).length === 0);
