import type { AppContext } from '../context.ts';
import { actorUserId, transitionRun } from './run-transition.ts';
import type { RunDto } from './scoring-dto.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * under_review → 公示 (C2.3, C2.7): the result becomes visible to every employee with the
 * customer in scope and the appeal window opens at once, closing after the run's
 * `appealWindowDays`. The state says which: `appeal_window` while appeals may come in, or
 * `published` straight away for a run without a window (0 days).
 */
export function publishRun(
  ctx: AppContext,
  runId: number,
  expectedVersion?: number,
): Promise<RunDto> {
  return transitionRun(ctx, runId, {
    action: 'scoring.run.publish',
    from: ['under_review'],
    expectedVersion,
    apply: async (_tx, run) => {
      const now = ctx.clock.now();
      const by = actorUserId(ctx);
      const window = run.appealWindowDays > 0;
      return {
        state: window ? 'appeal_window' : 'published',
        publishedAt: now,
        publishedBy: by,
        appealOpenedAt: window ? now : null,
        appealOpenedBy: window ? by : null,
        appealClosesAt: new Date(now.getTime() + run.appealWindowDays * DAY_MS),
      };
    },
    auditAfter: (row) => ({ appealClosesAt: row.appealClosesAt?.toISOString() ?? null }),
  });
}
