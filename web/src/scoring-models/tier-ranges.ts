import { TIERS, type Tier, type TierThresholds } from '../../../src/domain/scoring/model-types.ts';

export type TierRange = { tier: Tier; from: number | null; to: number | null };

/**
 * Each tier's range of totals: A from its threshold to 100, B and C up to just below the next
 * tier's threshold (totals have two decimals, so "70–84" is 70.00–84.99), D below C.
 */
export function tierRanges(thresholds: TierThresholds): TierRange[] {
  const lower: Record<Tier, number | null> = {
    A: thresholds.A,
    B: thresholds.B,
    C: thresholds.C,
    D: null,
  };
  return TIERS.map((tier, i) => {
    const better = i === 0 ? null : TIERS[i - 1]!;
    const to = better === null ? 100 : Math.round((lower[better]! - 0.01) * 100) / 100;
    return { tier, from: lower[tier], to };
  });
}
