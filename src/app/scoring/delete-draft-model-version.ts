import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../domain/app-error.ts';
import { findModelVersion } from '../../db/scoring/model-version-repository.ts';
import { customerRatings, scoringModelVersions } from '../../db/schema/index.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertScoringCommittee } from './scoring-access.ts';
import { modelVersionImmutable } from './scoring-errors.ts';

/**
 * Deletes a draft the committee no longer wants (If-Match on its revision). Adopted and retired
 * versions stay for good (runs and tier history refer to them; the trigger refuses too). A
 * draft somebody already rated on (a draft's new indicator) is in use and stays.
 */
export async function deleteDraftModelVersion(
  ctx: AppContext,
  id: number,
  expectedRevision: number | undefined,
): Promise<void> {
  assertScoringCommittee(ctx.actor);
  if (expectedRevision === undefined) {
    throw new AppError('conflict.version_required', { field: 'If-Match' });
  }
  await ctx.db.transaction(async (tx) => {
    const current = await findModelVersion(tx, id, true);
    if (!current) throw new AppError('not_found');
    if (current.status !== 'draft') throw modelVersionImmutable(current.status);
    if (current.revision !== expectedRevision) throw new AppError('conflict.stale_version');
    const [rated] = await tx
      .select({ n: sql<number>`1` })
      .from(customerRatings)
      .where(eq(customerRatings.modelVersionId, id))
      .limit(1);
    if (rated) throw new AppError('conflict.in_use', { field: 'modelVersionId' });
    await tx
      .delete(scoringModelVersions)
      .where(and(eq(scoringModelVersions.id, id), eq(scoringModelVersions.status, 'draft')));
    await recordAudit(tx, ctx, {
      action: 'scoring.model.delete',
      entityType: 'scoring_model_version',
      entityId: id,
      before: { modelKey: current.modelKey, version: current.version, status: 'draft' },
    });
  });
}
