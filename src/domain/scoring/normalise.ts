import { compareExact, parseExact, shareInHundredths, toHundredths } from './exact-decimal.ts';
import type { BandStep, RatingScale } from './model-types.ts';

/**
 * The per-customer normalisations (percentile needs the whole population: percentile.ts).
 * All return hundredths (0…10000) and assume a model that passed validateModel.
 */

/**
 * Linear between floor and cap, clamped: 100 × (min(max(x, floor), cap) − floor) / (cap − floor),
 * rounded half up to hundredths.
 */
export function linearScore(raw: string, floor: string, cap: string): number {
  const values = [raw, floor, cap].map(parseExact);
  const scale = Math.max(...values.map((v) => v.scale));
  const [x = 0n, f = 0n, c = 0n] = values.map((v) => v.num * 10n ** BigInt(scale - v.scale));
  const clamped = x < f ? f : x > c ? c : x;
  return shareInHundredths(clamped - f, c - f);
}

/** The score of the highest step whose `atLeast` ≤ raw; `base` below the first step. */
export function bandScore(raw: string, base: number, steps: readonly BandStep[]): number {
  const x = parseExact(raw);
  let score = base;
  for (const step of steps) {
    if (compareExact(x, parseExact(step.atLeast)) < 0) break;
    score = step.score;
  }
  return hundredths(score);
}

/** The declared score of a rating; null when the rating is not a point of the scale. */
export function ratingScore(scale: RatingScale, rating: number): number | null {
  const point = scale.points.find((p) => p.value === rating);
  return point ? hundredths(point.score) : null;
}

/** Model scores are validated to have ≤ 2 decimals; anything else is a programming error. */
export function hundredths(score: number): number {
  const value = toHundredths(score);
  if (value === null || value < 0 || value > 10000) throw new RangeError(`bad score ${score}`);
  return value;
}
