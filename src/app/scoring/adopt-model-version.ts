import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import {
  findAdoptedModelVersion,
  findModelVersion,
  updateModelVersionIfRevision,
} from '../../db/scoring/model-version-repository.ts';
import { AppError } from '../../domain/app-error.ts';
import { isUniqueViolation } from '../../db/postgres-errors.ts';
import { checkModelDefinition } from './check-model-definition.ts';
import { assertScoringCommittee } from './scoring-access.ts';
import { modelVersionImmutable } from './scoring-errors.ts';
import { toModelVersionDto, type ModelVersionDto } from './scoring-dto.ts';

/**
 * The committee adopts a version (C2.1): the one adopted so far is retired, and new runs use
 * this one. A draft is validated once more (the validator may have grown stricter since it was
 * saved); a retired version may be adopted again to roll back. Adopting fixes the definition.
 */
export async function adoptModelVersion(ctx: AppContext, id: number): Promise<ModelVersionDto> {
  assertScoringCommittee(ctx.actor);
  const adopt = ctx.db.transaction(async (tx) => {
    const target = await findModelVersion(tx, id, true);
    if (!target) throw new AppError('not_found');
    if (target.status === 'adopted') return toModelVersionDto(target);
    checkModelDefinition(target.definition, target.version);
    const now = ctx.clock.now();
    const by = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
    const previous = await findAdoptedModelVersion(tx, true);
    if (previous) {
      // Retire first: at most one version is adopted (a partial unique index holds it).
      await updateModelVersionIfRevision(tx, previous.id, previous.revision, {
        status: 'retired',
        retiredAt: now,
        retiredBy: by,
      });
    }
    const row = await updateModelVersionIfRevision(tx, id, target.revision, {
      status: 'adopted',
      adoptedAt: now,
      adoptedBy: by,
      retiredAt: null,
      retiredBy: null,
    });
    if (!row) throw modelVersionImmutable(target.status);
    await recordAudit(tx, ctx, {
      action: 'scoring.model.adopt',
      entityType: 'scoring_model_version',
      entityId: id,
      before: { status: target.status, adoptedVersionId: previous?.id ?? null },
      after: { status: 'adopted', modelKey: row.modelKey, version: row.version },
    });
    return toModelVersionDto(row);
  });
  try {
    return await adopt;
  } catch (error) {
    // Another committee member adopted a version at the same moment: reload and decide again.
    if (isUniqueViolation(error, 'scoring_model_versions_one_adopted_key')) {
      throw new AppError('conflict.stale_version');
    }
    throw error;
  }
}
