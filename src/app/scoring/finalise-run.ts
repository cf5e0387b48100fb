import { AppError } from '../../domain/app-error.ts';
import { finaliseTiers, type FinaliseCounts } from '../../db/scoring/finalise-tiers.ts';
import { openCaseCounts } from '../../db/scoring/tier-case-counts.ts';
import type { AppContext } from '../context.ts';
import { actorUserId, transitionRun } from './run-transition.ts';
import type { RunDto } from './scoring-dto.ts';

export type FinalisedRun = RunDto & { counts: FinaliseCounts };

/**
 * 公示 → final (C2.3): once the appeal window has closed and every appeal and override is
 * decided, the run's tiers take effect — tier history for every scored customer, and the
 * customers' effective tier — in the same transaction as the state change. Only final runs
 * change a customer's tier.
 */
export async function finaliseRun(
  ctx: AppContext,
  runId: number,
  expectedVersion?: number,
): Promise<FinalisedRun> {
  let counts: FinaliseCounts = { final: 0, changed: 0, decided: 0 };
  const run = await transitionRun(ctx, runId, {
    action: 'scoring.run.finalise',
    from: ['published', 'appeal_window'],
    expectedVersion,
    apply: async (tx, row) => {
      const now = ctx.clock.now();
      if (row.appealClosesAt && now < row.appealClosesAt) {
        throw new AppError('conflict.appeal_window_open', {
          field: 'appealClosesAt',
          params: { closesAt: row.appealClosesAt.toISOString() },
        });
      }
      const open = await openCaseCounts(tx, runId);
      if (open.appeals > 0 || open.overrides > 0) {
        throw new AppError('conflict.open_cases', { field: 'state', params: { ...open } });
      }
      counts = await finaliseTiers(tx, {
        runId,
        modelVersionId: row.modelVersionId,
        effectiveAt: now,
      });
      return { state: 'final', finalisedAt: now, finalisedBy: actorUserId(ctx) };
    },
    auditAfter: () => ({ ...counts }),
  });
  return { ...run, counts };
}
