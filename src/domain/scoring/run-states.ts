/**
 * The life of an evaluation run (C2.3): draft → computed → under_review → 公示 → final. 公示 is
 * `appeal_window` while appeals may be filed, or `published` for a run published without a
 * window (0 days). Only a final run changes customers' tiers.
 */
export const RUN_STATES = [
  'draft',
  'computed',
  'under_review',
  'published',
  'appeal_window',
  'final',
] as const;
export type RunState = (typeof RUN_STATES)[number];
