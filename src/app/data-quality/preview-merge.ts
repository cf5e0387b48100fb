import { AppError } from '../../domain/app-error.ts';
import { countMovableRows } from '../../db/data-quality/merge-repository.ts';
import { customerSummaries } from '../../db/data-quality/customer-summaries.ts';
import type { AppContext } from '../context.ts';
import { customerReadScope } from '../access/record-scope.ts';
import { requireMerger } from './data-quality-guard.ts';
import { writableForMerge } from './merge-guard.ts';
import { toSummaryDto } from './summary-dto.ts';

export type MergePair = { sourceId: number; targetId: number };

/** What a merge of `sourceId` into `targetId` would move, for the confirmation dialog. */
export async function previewMerge(ctx: AppContext, { sourceId, targetId }: MergePair) {
  if (sourceId === targetId) throw new AppError('conflict.merge_self', { field: 'targetId' });
  const source = await writableForMerge(ctx.db, ctx.actor, sourceId, false);
  const target = await writableForMerge(ctx.db, ctx.actor, targetId, false);
  // After the look-ups: files out of sight are missing for every role (docs/access.md).
  requireMerger(ctx.actor);
  if (target.parentCustomerId === source.id)
    throw new AppError('conflict.merge_group', { field: 'targetId' });
  const [counts, summaries] = await Promise.all([
    countMovableRows(ctx.db, sourceId, targetId),
    customerSummaries(ctx.db, [sourceId, targetId], customerReadScope(ctx.actor)),
  ]);
  const byId = new Map(summaries.map((s) => [s.id, toSummaryDto(s)]));
  return {
    source: byId.get(sourceId)!,
    target: byId.get(targetId)!,
    moves: Object.entries(counts).map(([key, count]) => ({ key, count })),
  };
}
