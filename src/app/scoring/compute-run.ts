import { AppError } from '../../domain/app-error.ts';
import { toIsoDate } from '../../domain/date-only.ts';
import { findModelVersion } from '../../db/scoring/model-version-repository.ts';
import { findRun, updateLockedRun } from '../../db/scoring/run-repository.ts';
import { runScoring, type ScoreRunCounts } from '../../db/scoring/run-scoring.ts';
import type { RunState } from '../../db/schema/scoring.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { checkModelDefinition } from './check-model-definition.ts';
import { assertScoringCommittee } from './scoring-access.ts';
import { runStateConflict } from './scoring-errors.ts';
import { toRunDto, type RunDto } from './scoring-dto.ts';

/** Until management review starts, a run may be computed again (new data, late ratings). */
const COMPUTABLE: readonly RunState[] = ['draft', 'computed'];

export type ComputedRun = RunDto & { counts: ScoreRunCounts };

/**
 * Computes every customer's score of a run inside the database (C2.3, C2.8): one set-based
 * statement generated from the run's model version, upserting only the rows that changed,
 * in one transaction with the run's move to `computed` and its audit row. "Today" for invoices
 * is the clock's day in Beijing, kept on the run as `computed_as_of`.
 */
export async function computeRun(ctx: AppContext, runId: number): Promise<ComputedRun> {
  assertScoringCommittee(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    // The row lock serialises computations and state changes of this run.
    const run = await findRun(tx, runId, true);
    if (!run) throw new AppError('not_found');
    if (!COMPUTABLE.includes(run.state)) throw runStateConflict(run.state, COMPUTABLE);
    const version = await findModelVersion(tx, run.modelVersionId);
    if (!version) throw new AppError('not_found');
    const model = checkModelDefinition(version.definition, version.version);
    const now = ctx.clock.now();
    const asOf = toIsoDate(now);
    const period = { start: run.periodStart, end: run.periodEnd };
    const counts = await runScoring(tx, { runId, model, period, asOf, computedAt: now });
    const row = await updateLockedRun(tx, runId, {
      state: 'computed',
      scoredCount: counts.scored,
      computedAsOf: asOf,
      computedAt: now,
      computedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    await recordAudit(tx, ctx, {
      action: 'scoring.run.compute',
      entityType: 'scoring_run',
      entityId: runId,
      before: { state: run.state, scoredCount: run.scoredCount, computedAsOf: run.computedAsOf },
      after: { state: row.state, asOf, ...counts },
    });
    return { ...toRunDto(row), counts };
  });
}
