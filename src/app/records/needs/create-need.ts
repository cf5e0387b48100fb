import { applyRules } from '../../../domain/validation/field-rules.ts';
import { nonNegativeIssues } from '../../../domain/validation/record-checks.ts';
import { NEED_RULES } from '../../../domain/validation/record-rules.ts';
import type { AppContext } from '../../context.ts';
import { createVersioned } from '../versioned-record.ts';
import { NEED_STORE, type NeedInput, type NeedDto } from './need-store.ts';

/** Records a product or service need of a customer (C1.6); a new need is open by default. */
export function createNeed(
  ctx: AppContext,
  customerId: number,
  input: NeedInput,
): Promise<NeedDto> {
  return createVersioned(
    ctx,
    NEED_STORE,
    customerId,
    applyRules(NEED_RULES, input, true),
    (values) => nonNegativeIssues(values, ['targetPrice']),
  );
}
