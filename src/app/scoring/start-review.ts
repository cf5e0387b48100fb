import { AppError } from '../../domain/app-error.ts';
import type { AppContext } from '../context.ts';
import { actorUserId, transitionRun } from './run-transition.ts';
import type { RunDto } from './scoring-dto.ts';

/**
 * computed → under_review (C2.3 "management review"): the scores are frozen — a run under
 * review is not computed again — and the committee studies the review screen.
 */
export function startReview(
  ctx: AppContext,
  runId: number,
  expectedVersion?: number,
): Promise<RunDto> {
  return transitionRun(ctx, runId, {
    action: 'scoring.run.start_review',
    from: ['computed'],
    expectedVersion,
    apply: async (_tx, run) => {
      if (!run.scoredCount) throw new AppError('conflict.no_scores', { field: 'scoredCount' });
      return {
        state: 'under_review',
        reviewStartedAt: ctx.clock.now(),
        reviewStartedBy: actorUserId(ctx),
      };
    },
  });
}
