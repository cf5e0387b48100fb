import type { AppContext } from '../context.ts';
import { createModelVersion } from './create-model-version.ts';
import { getModelVersion } from './get-model-version.ts';
import { assertScoringCommittee } from './scoring-access.ts';
import type { ModelVersionDto } from './scoring-dto.ts';

/**
 * A new draft of the same model from an existing version (usually the adopted one): how the
 * committee changes a policy whose versions are immutable. The copy gets the next version
 * number of the key; the source stays as it was.
 */
export async function copyModelVersion(
  ctx: AppContext,
  sourceId: number,
): Promise<ModelVersionDto> {
  assertScoringCommittee(ctx.actor);
  const source = await getModelVersion(ctx, sourceId);
  return createModelVersion(ctx, source.definition);
}
