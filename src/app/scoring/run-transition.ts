import { AppError } from '../../domain/app-error.ts';
import type { DbOrTx } from '../../db/db-types.ts';
import {
  findRun,
  updateLockedRun,
  type NewRunRow,
  type RunRow,
} from '../../db/scoring/run-repository.ts';
import type { RunState } from '../../db/schema/scoring.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertScoringCommittee } from './scoring-access.ts';
import { runStateConflict } from './scoring-errors.ts';
import { toRunDto, type RunDto } from './scoring-dto.ts';

export type RunTransition = {
  /** Audit action, e.g. 'scoring.run.publish'. */
  action: string;
  from: readonly RunState[];
  /** The run's version the client saw (If-Match); checked when given. */
  expectedVersion?: number | undefined;
  /** Checks beyond the state, inside the transaction, with the run locked; then the changes. */
  apply: (tx: DbOrTx, run: RunRow) => Promise<Partial<NewRunRow>>;
  /** Extra facts for the audit row. */
  auditAfter?: (run: RunRow) => Record<string, unknown>;
};

/**
 * One committee step of a run's life (C2.3): lock the run, check its state and version, apply,
 * audit, in one transaction. The row lock serialises steps and computations of one run.
 */
export async function transitionRun(
  ctx: AppContext,
  runId: number,
  step: RunTransition,
): Promise<RunDto> {
  assertScoringCommittee(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const run = await findRun(tx, runId, true);
    if (!run) throw new AppError('not_found');
    if (step.expectedVersion !== undefined && step.expectedVersion !== run.version) {
      throw new AppError('conflict.stale_version');
    }
    if (!step.from.includes(run.state)) throw runStateConflict(run.state, step.from);
    const changes = await step.apply(tx, run);
    const row = await updateLockedRun(tx, runId, changes);
    await recordAudit(tx, ctx, {
      action: step.action,
      entityType: 'scoring_run',
      entityId: runId,
      before: { state: run.state, version: run.version },
      after: { state: row.state, version: row.version, ...step.auditAfter?.(row) },
    });
    return toRunDto(row);
  });
}

/** The acting user's id for the `…_by` columns; null for the system actor. */
export function actorUserId(ctx: AppContext): number | null {
  return ctx.actor.kind === 'user' ? ctx.actor.userId : null;
}
