import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import {
  findModelVersion,
  isModelVersionUsed,
  updateModelVersionIfRevision,
} from '../../db/scoring/model-version-repository.ts';
import { AppError } from '../../domain/app-error.ts';
import { checkModelDefinition } from './check-model-definition.ts';
import { assertScoringCommittee } from './scoring-access.ts';
import { modelVersionImmutable } from './scoring-errors.ts';
import { toModelVersionDto, type ModelVersionDto } from './scoring-dto.ts';

/**
 * Replaces a draft's definition (the model editor's save), with optimistic locking on its
 * revision. Adopted and retired versions, and any version a run uses, are immutable; the
 * database trigger refuses the same, should another path try.
 */
export async function updateDraftModelVersion(
  ctx: AppContext,
  id: number,
  expectedRevision: number | undefined,
  definition: unknown,
): Promise<ModelVersionDto> {
  assertScoringCommittee(ctx.actor);
  if (expectedRevision === undefined) {
    throw new AppError('conflict.version_required', { field: 'If-Match' });
  }
  return ctx.db.transaction(async (tx) => {
    const current = await findModelVersion(tx, id, true);
    if (!current) throw new AppError('not_found');
    if (current.status !== 'draft' || (await isModelVersionUsed(tx, id))) {
      throw modelVersionImmutable(current.status);
    }
    if (current.revision !== expectedRevision) throw new AppError('conflict.stale_version');
    const given = (definition as { id?: unknown } | null)?.id;
    if (given !== undefined && given !== current.modelKey) {
      // A version belongs to its model for good; another key is a new model's draft.
      throw new AppError('validation.failed', {
        issues: [{ field: 'id', code: 'validation.invalid' }],
      });
    }
    const model = checkModelDefinition(
      { ...(definition as object), id: current.modelKey },
      current.version,
    );
    const row = await updateModelVersionIfRevision(tx, id, expectedRevision, {
      definition: model,
    });
    if (!row) throw new AppError('conflict.stale_version');
    await recordAudit(tx, ctx, {
      action: 'scoring.model.update',
      entityType: 'scoring_model_version',
      entityId: id,
      before: { revision: current.revision, definition: current.definition },
      after: { revision: row.revision, definition: row.definition },
    });
    return toModelVersionDto(row);
  });
}
