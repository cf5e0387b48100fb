import { applyRules } from '../../../domain/validation/field-rules.ts';
import { nonNegativeIssues } from '../../../domain/validation/record-checks.ts';
import { NEED_RULES } from '../../../domain/validation/record-rules.ts';
import type { AppContext } from '../../context.ts';
import { fieldAccessOf, projectFields, type Projected } from '../../access/field-projection.ts';
import { createVersioned } from '../versioned-record.ts';
import { NEED_STORE, type NeedInput, type NeedDto } from './need-store.ts';

/** Records a product or service need of a customer (C1.6); a new need is open by default. */
export async function createNeed(
  ctx: AppContext,
  customerId: number,
  input: NeedInput,
): Promise<Projected<'need', NeedDto>> {
  const dto = await createVersioned(
    ctx,
    NEED_STORE,
    customerId,
    applyRules(NEED_RULES, input, true),
    (values) => nonNegativeIssues(values, ['targetPrice']),
  );
  return projectFields(fieldAccessOf(ctx.actor), 'need', dto);
}
