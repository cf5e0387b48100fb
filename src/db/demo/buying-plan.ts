import type { TransactionChannel } from '../../domain/customer-fields.ts';
import { weightedTable, type Random } from './random.ts';

export type Activity = 'prospect' | 'active' | 'stopped';

/** How a customer buys over the three demo years; drawn before anything that depends on it. */
export type BuyingPlan = {
  activity: Activity;
  /** Rank by value in [0, 1), 1 = largest. Tier, KA level and size all follow from it. */
  rank: number;
  /** Relative yearly spend; 1 is the smallest buyer (≈ ¥60k a year). */
  weight: number;
  /** Day numbers (China time) of the first and last possible purchase. */
  firstDay: number;
  lastDay: number;
  /** Yearly growth of spend, e.g. 0.08 = +8 % a year. */
  trend: number;
  channel: TransactionChannel;
};

export const HISTORY_DAYS = 3 * 365;

// Pareto with α = log 5 / log 4 puts ~80 % of spend on the top 20 % of buyers (the 80/20
// rule). Truncated so that one outlier cannot swallow a small demo.
const PARETO_ALPHA = Math.log(5) / Math.log(4);
const MAX_WEIGHT = 1500;

const KEY_CHANNELS = weightedTable([['direct', 55], ['tender', 35], ['distributor', 6], ['online', 4]] as const); // prettier-ignore
const TAIL_CHANNELS = weightedTable([['distributor', 45], ['direct', 30], ['online', 15], ['tender', 10]] as const); // prettier-ignore

export function buyingPlan(rng: Random, asOfDay: number): BuyingPlan {
  const windowStart = asOfDay - HISTORY_DAYS + 1;
  const rank = rng.next();
  const weight = Math.min(MAX_WEIGHT, (1 - rank) ** (-1 / PARETO_ALPHA));
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
