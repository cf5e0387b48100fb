import { listRuns as listRunRows } from '../../db/scoring/run-list.ts';
import type { AppContext } from '../context.ts';
import { pageOf, type PageQuery } from '../records/paging.ts';
import { runVisibilityScope } from './run-visibility.ts';
import { actsForCommittee } from './tier-case-permissions.ts';
import { toRunDto, type RunDto } from './scoring-dto.ts';

export type RunListItem = RunDto & { modelKey: string; modelVersion: number };

/** Evaluation runs the actor may see (C2.3), newest first. */
export async function listRuns(
  ctx: AppContext,
  query: PageQuery,
): Promise<{ items: RunListItem[]; total: number; mayDriveRuns: boolean }> {
  const { rows, total } = await listRunRows(ctx.db, runVisibilityScope(ctx.actor), pageOf(query));
  return {
    total,
    // The committee's buttons on the screens (新建评估, 计算, 公示…); the steps check again.
    mayDriveRuns: actsForCommittee(ctx.actor),
    items: rows.map((row) => ({
      ...toRunDto(row),
      modelKey: row.modelKey,
      modelVersion: row.modelVersion,
    })),
  };
}
