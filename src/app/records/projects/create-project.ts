import { applyRules } from '../../../domain/validation/field-rules.ts';
import { checkProject } from '../../../domain/validation/record-checks.ts';
import { PROJECT_RULES } from '../../../domain/validation/record-rules.ts';
import type { AppContext } from '../../context.ts';
import { fieldAccessOf, projectFields, type Projected } from '../../access/field-projection.ts';
import { createVersioned } from '../versioned-record.ts';
import { PROJECT_STORE, type ProjectDto, type ProjectInput } from './project-store.ts';

/** Records a past, ongoing or upcoming project or contract with a customer (C1.7). */
export async function createProject(
  ctx: AppContext,
  customerId: number,
  input: ProjectInput,
): Promise<Projected<'project', ProjectDto>> {
  const dto = await createVersioned(
    ctx,
    PROJECT_STORE,
    customerId,
    applyRules(PROJECT_RULES, input, true),
    checkProject,
  );
  return projectFields(fieldAccessOf(ctx.actor), 'project', dto);
}
