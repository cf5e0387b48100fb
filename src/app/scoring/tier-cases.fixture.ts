import { eq } from 'drizzle-orm';
import { DEFAULT_MODEL } from '../../domain/scoring/default-model.ts';
import type { Db } from '../../db/db-types.ts';
import { findAdoptedModelVersion } from '../../db/scoring/model-version-repository.ts';
import { scoringRuns, type RunState } from '../../db/schema/scoring.ts';
import type { AppContext } from '../context.ts';
import { adoptModelVersion } from './adopt-model-version.ts';
import { computeRun } from './compute-run.ts';
import { createModelVersion } from './create-model-version.ts';
import { createRun } from './create-run.ts';

/**
 * Test fixtures for overrides and appeals (tests only): a computed run through the real use
 * cases, then moved into the state a test needs by writing scoring_runs directly, so these
 * tests do not depend on the run lifecycle's own use cases.
 */
export async function computedRun(committee: AppContext, periodLabel = '2025'): Promise<number> {
  if (!(await findAdoptedModelVersion(committee.db))) {
    const version = await createModelVersion(committee, DEFAULT_MODEL);
    await adoptModelVersion(committee, version.id);
  }
  const run = await createRun(committee, { periodLabel });
  await computeRun(committee, run.id);
  return run.id;
}

/** Puts a run in `state`; from publication on it has a published time and a window end. */
export async function setRunState(
  db: Db,
  runId: number,
  state: RunState,
  window: { publishedAt?: Date; appealClosesAt?: Date | null } = {},
): Promise<void> {
  await db
    .update(scoringRuns)
    .set({
      state,
      publishedAt: window.publishedAt ?? null,
      appealClosesAt: window.appealClosesAt ?? null,
      ...(state === 'final' ? { finalisedAt: window.publishedAt ?? new Date() } : {}),
    })
    .where(eq(scoringRuns.id, runId));
}
