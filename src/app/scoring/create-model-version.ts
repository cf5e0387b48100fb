import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import {
  insertModelVersion,
  nextModelVersionNumber,
} from '../../db/scoring/model-version-repository.ts';
import { AppError } from '../../domain/app-error.ts';
import { isUniqueViolation } from '../../db/postgres-errors.ts';
import { checkModelDefinition } from './check-model-definition.ts';
import { assertScoringCommittee } from './scoring-access.ts';
import { toModelVersionDto, type ModelVersionDto } from './scoring-dto.ts';

/**
 * A new draft version of a scoring model (C2.1). The model's `id` is its key; the version
 * number is the next one of that key, whatever the input says. Only the committee drafts.
 */
export async function createModelVersion(
  ctx: AppContext,
  definition: unknown,
): Promise<ModelVersionDto> {
  assertScoringCommittee(ctx.actor);
  const key = (definition as { id?: unknown } | null)?.id;
  if (typeof key !== 'string' || !/^[a-z0-9][a-z0-9_-]{0,62}$/.test(key)) {
    // The key names the model in lists and URLs: a plain word of lower-case letters and digits.
    throw new AppError('validation.failed', {
      issues: [{ field: 'id', code: 'validation.scoring_id' }],
    });
  }
  const create = ctx.db.transaction(async (tx) => {
    const version = await nextModelVersionNumber(tx, key);
    const model = checkModelDefinition(definition, version);
    const row = await insertModelVersion(tx, {
      modelKey: key,
      version,
      status: 'draft',
      definition: model,
      createdAt: ctx.clock.now(),
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    await recordAudit(tx, ctx, {
      action: 'scoring.model.create',
      entityType: 'scoring_model_version',
      entityId: row.id,
      after: { modelKey: key, version, status: 'draft' },
    });
    return toModelVersionDto(row);
  });
  try {
    return await create;
  } catch (error) {
    // Two drafts of one key at once both took the same number: the second may simply retry.
    if (isUniqueViolation(error, 'scoring_model_versions_key_version_key')) {
      throw new AppError('conflict.stale_version');
    }
    throw error;
  }
}
