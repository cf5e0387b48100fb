import type { Localised } from '../i18n/locale.ts';
import type { Role } from '../roles.ts';
import type { ComputedSource } from './computed-sources.ts';

/**
 * The scoring model as data (SPEC C2.1, C2.2, C5.1). A version is immutable once used by a run;
 * the editor works on drafts, and `validateModel` checks one before it may be adopted.
 *
 * Units: weights are whole percentage points; every score (normalised scores, band scores,
 * rating scores, tier thresholds) is a number from 0 to 100 with at most two decimals, so it
 * is exactly a whole number of hundredths. Raw values and the bounds compared with them are
 * decimal strings in the source's unit (yuan, percent, days…), never floats, because amounts are.
 */

/** Seed 001 has exactly four tiers; only their thresholds are editable. */
export const TIERS = ['A', 'B', 'C', 'D'] as const;
export type Tier = (typeof TIERS)[number];

/** Lower bounds of A, B and C (a total ≥ the bound is in that tier); D is everything below C. */
export type TierThresholds = { A: number; B: number; C: number };

/** `base` scores a value below the first step; each step scores values ≥ its `atLeast`. */
export type BandStep = { atLeast: string; score: number };

export type Normalisation =
  /** percent_rank within the population of customers that have a value (docs/scoring.md). */
  | { method: 'percentile' }
  /** 0 at or below `floor`, 100 at or above `cap`, a straight line between. */
  | { method: 'linear'; floor: string; cap: string }
  | { method: 'bands'; base: number; steps: BandStep[] };

export type RatingPoint = { value: number; score: number; labels: Localised };

/** What a person rates on; `defaultValue` is used (and shown as defaulted) when nobody has. */
export type RatingScale = { points: RatingPoint[]; defaultValue: number };

type IndicatorBase = { id: string; labels: Localised; weight: number };

export type ComputedIndicator = IndicatorBase & {
  kind: 'computed';
  source: ComputedSource;
  normalisation: Normalisation;
  /** Score when the raw value is undefined (no invoices due, no prior-year purchases…). */
  missingScore: number;
};

export type RatedIndicator = IndicatorBase & { kind: 'rated'; scale: RatingScale };

export type Indicator = ComputedIndicator | RatedIndicator;

/** A dimension's weight is the sum of its indicators' weights; it is not stored separately. */
export type Dimension = { id: string; labels: Localised; indicators: Indicator[] };

/** How often a measure's recurring task falls due (C5.2); tasks are generated later. */
export type Cadence = { every: number; unit: 'week' | 'month' | 'quarter' | 'year' };

export type ServiceMeasure = {
  id: string;
  text: Localised;
  task?: { cadence: Cadence; role: Role };
};

export type ScoringModel = {
  id: string;
  version: number;
  name: Localised;
  dimensions: Dimension[];
  thresholds: TierThresholds;
  measures: Record<Tier, ServiceMeasure[]>;
};

/** Every indicator of the model in order, with the dimension it belongs to. */
export function indicatorsOf(
  model: ScoringModel,
): { dimension: Dimension; indicator: Indicator }[] {
  return model.dimensions.flatMap((dimension) =>
    dimension.indicators.map((indicator) => ({ dimension, indicator })),
  );
}

export function dimensionWeight(dimension: Dimension): number {
  return dimension.indicators.reduce((sum, indicator) => sum + indicator.weight, 0);
}
