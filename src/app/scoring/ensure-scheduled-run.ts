import { eq } from 'drizzle-orm';
import { toIsoDate } from '../../domain/date-only.ts';
import { findAdoptedModelVersion } from '../../db/scoring/model-version-repository.ts';
import { scoringRuns } from '../../db/schema/index.ts';
import { withActor, type AppContext } from '../context.ts';
import { createRun } from './create-run.ts';
import { previousQuarterLabel } from './run-period.ts';
import type { RunDto } from './scoring-dto.ts';

export const SCORING_SCHEDULES = ['quarterly', 'off'] as const;
export type ScoringSchedule = (typeof SCORING_SCHEDULES)[number];

/**
 * Scheduled re-scoring (C2.8, seed 001: a full review each quarter): once a quarter has ended,
 * a draft run for it appears, with the adopted model, for the committee to compute and review.
 * Idempotent — nothing happens when a run for that quarter exists (in any state), when no model
 * is adopted yet, or when the schedule is off. Acts as the system's scheduler.
 */
export async function ensureScheduledRun(
  ctx: AppContext,
  schedule: ScoringSchedule,
): Promise<RunDto | null> {
  if (schedule === 'off') return null;
  const label = previousQuarterLabel(toIsoDate(ctx.clock.now()));
  const existing = await ctx.db
    .select({ id: scoringRuns.id })
    .from(scoringRuns)
    .where(eq(scoringRuns.periodLabel, label))
    .limit(1);
  if (existing.length > 0 || !(await findAdoptedModelVersion(ctx.db))) return null;
  return createRun(withActor(ctx, { kind: 'system', name: 'scheduler' }), { periodLabel: label });
}
