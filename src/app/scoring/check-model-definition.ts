import { AppError } from '../../domain/app-error.ts';
import type { ScoringModel } from '../../domain/scoring/model-types.ts';
import { validateModel } from '../../domain/scoring/validate-model.ts';

/**
 * A model definition as it will be stored (version number set by the system), checked by the
 * domain's validateModel: every issue at once, with field paths and localised codes
 * (`validation.scoring_*`). Input that is not even shaped like a model (the API's zod schema
 * normally stops it) is refused as a whole rather than crashing the validator.
 */
export function checkModelDefinition(input: unknown, version: number): ScoringModel {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw invalid('definition');
  }
  const model = { ...(input as ScoringModel), version };
  let issues;
  try {
    issues = validateModel(model);
  } catch {
    throw invalid('definition');
  }
  if (issues.length > 0) throw new AppError('validation.failed', { issues });
  // A plain JSON copy: what jsonb keeps, without prototypes or frozen objects.
  return JSON.parse(JSON.stringify(model)) as ScoringModel;
}

function invalid(field: string): AppError {
  return new AppError('validation.failed', { issues: [{ field, code: 'validation.invalid' }] });
}
