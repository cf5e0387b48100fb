import { applyRules } from '../../../domain/validation/field-rules.ts';
import { checkProject } from '../../../domain/validation/record-checks.ts';
import { PROJECT_RULES } from '../../../domain/validation/record-rules.ts';
import type { AppContext } from '../../context.ts';
import { createVersioned } from '../versioned-record.ts';
import { PROJECT_STORE, type ProjectDto, type ProjectInput } from './project-store.ts';

/** Records a past, ongoing or upcoming project or contract with a customer (C1.7). */
export function createProject(
  ctx: AppContext,
  customerId: number,
  input: ProjectInput,
): Promise<ProjectDto> {
  return createVersioned(
    ctx,
    PROJECT_STORE,
    customerId,
    applyRules(PROJECT_RULES, input, true),
    checkProject,
  );
}
