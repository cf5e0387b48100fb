/**
 * fast-check generators of populations (and, for the SQL oracle test to come, of models).
 * For tests only: nothing outside *.test.ts may import this file.
 */
import fc from 'fast-check';
import { COMPUTED_SOURCES } from './computed-sources.ts';
import { formatScaled } from './exact-decimal.ts';
import { indicatorsOf, type ScoringModel } from './model-types.ts';
import type { CustomerFacts } from './score-types.ts';

/** A decimal string with `scale` decimals between min and max (in whole units). */
export function decimalString(min: number, max: number, scale = 2): fc.Arbitrary<string> {
  const factor = 10 ** scale;
  return fc.integer({ min: min * factor, max: max * factor }).map((n) => formatScaled(n, scale));
}

/** Raw values in the ranges a source can take, with ties likely (small ranges, zeros). */
const RAW: Record<(typeof COMPUTED_SOURCES)[number], fc.Arbitrary<string>> = {
  annual_purchase_amount: fc.oneof(fc.constant('0.00'), decimalString(0, 20_000_000)),
  purchase_frequency: decimalString(0, 60, 0),
  profit_contribution_rate: decimalString(-20, 60),
  business_growth_yoy: decimalString(-100, 200),
  repeat_purchase_rate: decimalString(0, 100),
  payment_on_time_rate: fc.oneof(fc.constant('100.00'), decimalString(0, 100)),
  payment_overdue_days: decimalString(0, 400, 0),
  survey_recommendation: decimalString(0, 10),
  survey_recognition: decimalString(0, 100),
};

/** Customers with ids 1…n, every value possibly missing, ratings on the model's scales. */
export function population(
  model: ScoringModel,
  options: { minLength?: number; maxLength?: number } = {},
): fc.Arbitrary<CustomerFacts[]> {
  const rated = indicatorsOf(model).flatMap(({ indicator }) =>
    indicator.kind === 'rated' ? [indicator] : [],
  );
  const facts = fc.record({
    raw: fc.record(
      Object.fromEntries(COMPUTED_SOURCES.map((s) => [s, fc.option(RAW[s], { freq: 6 })])),
    ),
    ratings: fc.record(
      Object.fromEntries(
        rated.map((r) => [
          r.id,
          fc.option(fc.constantFrom(...r.scale.points.map((p) => p.value)), { freq: 4 }),
        ]),
      ),
    ),
  });
  return fc
    .array(facts, { minLength: options.minLength ?? 1, maxLength: options.maxLength ?? 40 })
    .map((rows) => rows.map((row, i) => ({ customerId: i + 1, ...row }) as CustomerFacts));
}
