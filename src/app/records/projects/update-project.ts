import { applyRules } from '../../../domain/validation/field-rules.ts';
import { checkProject } from '../../../domain/validation/record-checks.ts';
import { PROJECT_RULES } from '../../../domain/validation/record-rules.ts';
import type { AppContext } from '../../context.ts';
import { fieldAccessOf, projectFields, type Projected } from '../../access/field-projection.ts';
import { updateVersioned } from '../versioned-record.ts';
import { PROJECT_STORE, type ProjectDto, type ProjectInput } from './project-store.ts';

/** Edits a project: phase, status, values, terms (If-Match required). */
export async function updateProject(
  ctx: AppContext,
  customerId: number,
  id: number,
  expectedVersion: number | undefined,
  input: ProjectInput,
): Promise<Projected<'project', ProjectDto>> {
  const dto = await updateVersioned(
    ctx,
    PROJECT_STORE,
    { customerId, id, expectedVersion },
    applyRules(PROJECT_RULES, input, false),
    checkProject,
  );
  return projectFields(fieldAccessOf(ctx.actor), 'project', dto);
}
