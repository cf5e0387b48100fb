import type { DbHandle } from '../../db/db-types.ts';
import { systemContext } from '../system-context.ts';
import { computeRun } from '../scoring/compute-run.ts';
import { createRun } from '../scoring/create-run.ts';
import { finaliseRun } from '../scoring/finalise-run.ts';
import { publishRun } from '../scoring/publish-run.ts';
import { startReview } from '../scoring/start-review.ts';

export type DemoEvaluation = { finalRunId: number; openRunId: number };

/**
 * The demo's tier cycle, through the very use cases the committee uses (C2.3): last year's
 * evaluation taken to final — so every customer's tier comes from a run and the 360 page can
 * explain it — and this year's first half published with its appeal window open, so appeals
 * can be tried. Acts as the system's `demo` actor at `asOf`.
 */
export async function runDemoEvaluation(handle: DbHandle, asOf: Date): Promise<DemoEvaluation> {
  const ctx = systemContext(handle, 'demo', asOf);
  const year = Number(asOf.toISOString().slice(0, 4));
  const last = await createRun(ctx, { periodLabel: String(year - 1), appealWindowDays: 0 });
  await computeRun(ctx, last.id);
  await startReview(ctx, last.id);
  await publishRun(ctx, last.id);
  await finaliseRun(ctx, last.id);

  const open = await createRun(ctx, { periodLabel: `${year}-H1`, appealWindowDays: 14 });
  await computeRun(ctx, open.id);
  await startReview(ctx, open.id);
  await publishRun(ctx, open.id);
  return { finalRunId: last.id, openRunId: open.id };
}
