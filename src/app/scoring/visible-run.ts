import { AppError } from '../../domain/app-error.ts';
import type { DbOrTx } from '../../db/db-types.ts';
import { findRun, type RunRow } from '../../db/scoring/run-repository.ts';
import type { AppContext } from '../context.ts';
import { canSeeRunInState } from './run-visibility.ts';

/** A run the actor may see, or not_found: an unpublished run does not exist for others. */
export async function visibleRun(ctx: AppContext, db: DbOrTx, runId: number): Promise<RunRow> {
  const run = await findRun(db, runId);
  if (!run || !canSeeRunInState(ctx.actor, run.state)) throw new AppError('not_found');
  return run;
}
