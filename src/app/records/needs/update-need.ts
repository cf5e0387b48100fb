import { applyRules } from '../../../domain/validation/field-rules.ts';
import { nonNegativeIssues } from '../../../domain/validation/record-checks.ts';
import { NEED_RULES } from '../../../domain/validation/record-rules.ts';
import type { AppContext } from '../../context.ts';
import { fieldAccessOf, projectFields, type Projected } from '../../access/field-projection.ts';
import { updateVersioned } from '../versioned-record.ts';
import { NEED_STORE, type NeedDto, type NeedInput } from './need-store.ts';

// A need always has a status; clearing it in an edit means "back to open".
const DEFAULT_STATUS = 'open';

/** Edits a need, e.g. to move it to met or dropped (If-Match required). */
export async function updateNeed(
  ctx: AppContext,
  customerId: number,
  id: number,
  expectedVersion: number | undefined,
  input: NeedInput,
): Promise<Projected<'need', NeedDto>> {
  const checked = applyRules(NEED_RULES, input, false);
  if ('status' in checked.values && checked.values.status === null)
    checked.values.status = DEFAULT_STATUS;
  const dto = await updateVersioned(
    ctx,
    NEED_STORE,
    { customerId, id, expectedVersion },
    checked,
    (values) => nonNegativeIssues(values, ['targetPrice']),
  );
  return projectFields(fieldAccessOf(ctx.actor), 'need', dto);
}
