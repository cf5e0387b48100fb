import { AppError } from '../../domain/app-error.ts';
import type { RunState } from '../../db/schema/scoring.ts';

/** The scoring use cases' conflicts (409), in one place, naming the field and its state. */
export function runStateConflict(state: RunState, allowed: readonly RunState[]): AppError {
  return new AppError('conflict.run_state', {
    field: 'state',
    params: { state, allowed: allowed.join(', ') },
  });
}

/** A model version that is adopted, retired or used by a run never changes. */
export function modelVersionImmutable(status: string): AppError {
  return new AppError('conflict.model_immutable', { field: 'modelVersionId', params: { status } });
}
