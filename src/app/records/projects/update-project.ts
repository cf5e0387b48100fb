import { applyRules } from '../../../domain/validation/field-rules.ts';
import { checkProject } from '../../../domain/validation/record-checks.ts';
import { PROJECT_RULES } from '../../../domain/validation/record-rules.ts';
import type { AppContext } from '../../context.ts';
import { updateVersioned } from '../versioned-record.ts';
import { PROJECT_STORE, type ProjectDto, type ProjectInput } from './project-store.ts';

/** Edits a project: phase, status, values, terms (If-Match required). */
export function updateProject(
  ctx: AppContext,
  customerId: number,
  id: number,
  expectedVersion: number | undefined,
  input: ProjectInput,
): Promise<ProjectDto> {
  return updateVersioned(
    ctx,
    PROJECT_STORE,
    { customerId, id, expectedVersion },
    applyRules(PROJECT_RULES, input, false),
    checkProject,
  );
}
