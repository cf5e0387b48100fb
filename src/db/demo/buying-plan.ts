import type { TransactionChannel } from '../../domain/customer-fields.ts';
import { weightedTable, type Random } from './random.ts';

export type Activity = 'prospect' | 'active' | 'stopped';

/** How a customer buys over the three demo years; drawn before anything that depends on it. */
export type BuyingPlan = {
  activity: Activity;
  /** Rank by value in [0, 1), 1 = largest. Tier, KA level and size all follow from it. */
  rank: number;
  /** Relative yearly spend; 1 is the median buyer (≈ ¥60k a year). */
  weight: number;
  /** Day numbers (China time) of the first and last possible purchase. */
  firstDay: number;
  lastDay: number;
  /** Yearly growth of spend, e.g. 0.08 = +8 % a year. */
  trend: number;
  channel: TransactionChannel;
};

export const HISTORY_DAYS = 3 * 365;

// Log-normal spend with σ = 1.6: with the noise of order sizes and partial years on top, the
// top 20 % of customers bring ~80 % of revenue (the 80/20 rule). A Pareto draw gives the same
// mean share but swings from 60 % to 80 % between seeds at demo sizes; this is steadier.
const SPEND_SIGMA = 1.6;
const MIN_WEIGHT = 0.05;

/** Inverse of the standard normal CDF (Acklam's rational approximation, error < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239] as const; // prettier-ignore
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572] as const; // prettier-ignore
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783] as const; // prettier-ignore
  const d = [
    0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416,
  ] as const;
  const q0 = Math.min(Math.max(p, 1e-12), 1 - 1e-12);
  const tail = (q: number) =>
    (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
    ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  if (q0 < 0.02425) return tail(Math.sqrt(-2 * Math.log(q0)));
  if (q0 > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - q0)));
  const q = q0 - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}

const KEY_CHANNELS = weightedTable([['direct', 55], ['tender', 35], ['distributor', 6], ['online', 4]] as const); // prettier-ignore
const TAIL_CHANNELS = weightedTable([['distributor', 45], ['direct', 30], ['online', 15], ['tender', 10]] as const); // prettier-ignore

export function buyingPlan(rng: Random, asOfDay: number): BuyingPlan {
  const windowStart = asOfDay - HISTORY_DAYS + 1;
  const rank = rng.next();
  const weight = Math.max(MIN_WEIGHT, Math.exp(SPEND_SIGMA * normalQuantile(rank)));
  const roll = rng.next();
  // ~12 % prospects; of the buyers, ~10 % stopped 6–18 months ago.
  const activity: Activity = roll < 0.12 ? 'prospect' : roll < 0.208 ? 'stopped' : 'active';
  const lastDay = activity === 'stopped' ? asOfDay - rng.int(183, 548) : asOfDay;
  // A fifth of buyers started buying within the window; the rest were customers before it.
  let firstDay = rng.chance(0.2) ? windowStart + rng.int(0, HISTORY_DAYS - 120) : windowStart;
  if (firstDay > lastDay - 90) firstDay = Math.max(windowStart, lastDay - rng.int(90, 365));
  return {
    activity,
    rank,
    weight,
    firstDay,
    lastDay,
    trend: activity === 'stopped' ? rng.normal(-0.2, 0.1) : rng.normal(0.05, 0.15),
    channel: rng.weighted(rank > 0.8 ? KEY_CHANNELS : TAIL_CHANNELS),
  };
}
