import {
  listRunScores as listRunScoreRows,
  type RunScoreItem,
  type TierChange,
} from '../../db/scoring/run-score-list.ts';
import { previousFinalRunId } from '../../db/scoring/previous-final-run.ts';
import type { Tier } from '../../domain/scoring/model-types.ts';
import type { AppContext } from '../context.ts';
import { customerReadScope } from '../access/record-scope.ts';
import { pageOf, type PageQuery } from '../records/paging.ts';
import { visibleRun } from './visible-run.ts';

export type RunScoreQuery = PageQuery & {
  tier?: Tier | undefined;
  change?: TierChange | undefined;
  orgUnitId?: number | undefined;
};

/** A run's results in the viewer's scope with their movement (review screen "movers", C2.3). */
export async function listRunScores(
  ctx: AppContext,
  runId: number,
  query: RunScoreQuery,
): Promise<{ items: RunScoreItem[]; total: number; previousRunId: number | null }> {
  await visibleRun(ctx, ctx.db, runId);
  const previousRunId = await previousFinalRunId(ctx.db, runId);
  const page = await listRunScoreRows(
    ctx.db,
    {
      runId,
      previousRunId,
      scope: customerReadScope(ctx.actor),
      tier: query.tier,
      change: query.change,
      orgUnitId: query.orgUnitId,
    },
    pageOf(query),
  );
  return { ...page, previousRunId };
}
