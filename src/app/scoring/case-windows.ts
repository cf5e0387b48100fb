import type { RunState } from '../../db/schema/scoring.ts';

/** From the computed result until the run is final; a draft has no result to override yet. */
export const PROPOSABLE_RUN_STATES: readonly RunState[] = [
  'computed',
  'under_review',
  'published',
  'appeal_window',
];

/** Appeals are filed only while the run is in its window and the window has not closed. */
export function appealWindowOpen(
  run: { state: RunState; appealClosesAt: Date | null },
  now: Date,
): boolean {
  return (
    run.state === 'appeal_window' &&
    run.appealClosesAt !== null &&
    now.getTime() < run.appealClosesAt.getTime()
  );
}
