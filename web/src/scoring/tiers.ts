import type { Tier } from './evaluation-types.ts';

/** The four tiers of seed 001, best first: the order of every table, chart and picker. */
export const TIER_ORDER: readonly Tier[] = ['A', 'B', 'C', 'D'];
