import type { ComputedSource } from './computed-sources.ts';
import type { Tier } from './model-types.ts';

/** What the oracle scores: one customer's facts for the run's period. */
export type CustomerFacts = {
  customerId: number;
  /** Raw values by source, decimal strings; absent or null = undefined for this customer. */
  raw: Partial<Record<ComputedSource, string | null>>;
  /** Ratings by rated indicator id (a point of its scale); absent or null = not rated. */
  ratings: Partial<Record<string, number | null>>;
};

/**
 * One indicator's line of a customer's score (the explanation of C2.4). Scores and
 * contributions are decimal strings exactly as NUMERIC(5,2) and NUMERIC(7,4) print them,
 * so the SQL implementation's rows can be compared with these by string equality.
 */
export type IndicatorScore = {
  indicatorId: string;
  dimensionId: string;
  /** The raw value, or the rating as text; null when missing (then `defaulted`). */
  raw: string | null;
  /** True when the missing score or the scale's default rating was used. */
  defaulted: boolean;
  /** Normalised score 0–100, two decimals, e.g. '87.35'. */
  score: string;
  weight: number;
  /** score × weight / 100, exact, four decimals, e.g. '26.2050'. */
  contribution: string;
};

export type CustomerScore = {
  customerId: number;
  indicators: IndicatorScore[];
  /** Σ contributions rounded half up to two decimals, e.g. '84.99'. */
  total: string;
  tier: Tier;
};

export type ScoringResult = {
  modelId: string;
  modelVersion: number;
  customers: CustomerScore[];
};
