import { hundredths } from './normalise.ts';
import type { Tier, TierThresholds } from './model-types.ts';

/**
 * The tier of a total given in hundredths. Bounds are inclusive from below (seed 001: "85分及以上"
 * is A), compared as whole hundredths: 85.00 is A, 84.99 is B, 70.00 is B, 69.99 is C,
 * 55.00 is C, 54.99 is D. The seed's "70–84" means 70.00–84.99, since totals have two decimals.
 */
export function tierFor(totalHundredths: number, thresholds: TierThresholds): Tier {
  if (totalHundredths >= hundredths(thresholds.A)) return 'A';
  if (totalHundredths >= hundredths(thresholds.B)) return 'B';
  if (totalHundredths >= hundredths(thresholds.C)) return 'C';
  return 'D';
}

/** Tiers from best to worst, for ordering and for "moved up / down". */
export function tierRank(tier: Tier): number {
  return { A: 0, B: 1, C: 2, D: 3 }[tier];
}
