import { AppError } from '../../domain/app-error.ts';
import type { RunState } from '../../db/schema/scoring.ts';

/**
 * The scoring use cases' conflicts, in one place. The catalogue has no scoring-specific
 * conflict codes yet, so these use `conflict.in_use` (409) naming the field and its state;
 * dedicated codes (`conflict.run_state`, `conflict.model_immutable`) with their own messages
 * belong in src/domain/app-error.ts and the message catalogue.
 */
export function runStateConflict(state: RunState, allowed: readonly RunState[]): AppError {
  return new AppError('conflict.in_use', {
    field: 'state',
    params: { state, allowed: allowed.join(', ') },
  });
}

/** A model version that is adopted, retired or used by a run never changes. */
export function modelVersionImmutable(status: string): AppError {
  return new AppError('conflict.in_use', { field: 'modelVersionId', params: { status } });
}
