/**
 * What decided a customer's effective tier (C2.3, C2.6, C2.7): the run's score, an approved
 * override or a changed appeal. Shown beside the tier everywhere, so a tier set by hand is
 * always marked as such.
 */
export const TIER_SOURCES = ['run', 'override', 'appeal'] as const;
export type TierSource = (typeof TIER_SOURCES)[number];
