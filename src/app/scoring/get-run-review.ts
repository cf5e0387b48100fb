import { findModelVersion } from '../../db/scoring/model-version-repository.ts';
import { previousFinalRunId } from '../../db/scoring/previous-final-run.ts';
import {
  movementCounts,
  tierCounts,
  tierCountsByIndustry,
  tierCountsByOrgUnit,
  type GroupTierCount,
  type MovementCount,
  type TierCount,
} from '../../db/scoring/run-review-queries.ts';
import { openCaseCounts, type OpenCaseCounts } from '../../db/scoring/tier-case-counts.ts';
import { AppError } from '../../domain/app-error.ts';
import type { TierThresholds } from '../../domain/scoring/model-types.ts';
import type { Localised } from '../../domain/i18n/locale.ts';
import type { AppContext } from '../context.ts';
import { customerReadScope } from '../access/record-scope.ts';
import { toRunDto, type RunDto } from './scoring-dto.ts';
import { visibleRun } from './visible-run.ts';

export type RunReview = {
  run: RunDto;
  model: { id: number; key: string; version: number; name: Localised; thresholds: TierThresholds };
  previousRunId: number | null;
  tiers: TierCount[];
  byOrgUnit: GroupTierCount[];
  byIndustry: GroupTierCount[];
  movement: MovementCount[];
  openCases: OpenCaseCounts;
};

/**
 * The review screen of a run (C2.3): customers per tier, by org unit and by industry, and the
 * movement against the previous final run — all within the viewer's record scope, so a
 * regional manager reviewing a published run sees the region's figures.
 */
export async function getRunReview(ctx: AppContext, runId: number): Promise<RunReview> {
  const run = await visibleRun(ctx, ctx.db, runId);
  const version = await findModelVersion(ctx.db, run.modelVersionId);
  if (!version) throw new AppError('not_found');
  const scope = customerReadScope(ctx.actor);
  const previousRunId = await previousFinalRunId(ctx.db, runId);
  return {
    run: toRunDto(run),
    model: {
      id: version.id,
      key: version.modelKey,
      version: version.version,
      name: version.definition.name,
      thresholds: version.definition.thresholds,
    },
    previousRunId,
    tiers: await tierCounts(ctx.db, runId, scope),
    byOrgUnit: await tierCountsByOrgUnit(ctx.db, runId, scope),
    byIndustry: await tierCountsByIndustry(ctx.db, runId, scope),
    movement: await movementCounts(ctx.db, runId, previousRunId, scope),
    openCases: await openCaseCounts(ctx.db, runId),
  };
}
