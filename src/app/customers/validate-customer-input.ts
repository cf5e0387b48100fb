import { AppError, type FieldIssue } from '../../domain/app-error.ts';
import { canWaiveCreditCodeCheck } from '../../domain/permissions.ts';
import { normaliseCreditCode } from '../../domain/credit-code.ts';
import { applyRules } from '../../domain/validation/field-rules.ts';
import { CUSTOMER_RULES, type CustomerField } from '../../domain/validation/customer-rules.ts';
import type { Actor } from '../context.ts';

export type CustomerInput = Partial<Record<CustomerField, unknown>>;
export type CustomerValues = Partial<Record<CustomerField, unknown>>;

/**
 * Field rules, plus the one rule that depends on who asks: a credit code with a wrong check
 * character passes only with a waiver reason from a privileged user (ARCHITECTURE.md).
 * Throws one `validation.failed` error listing every field issue.
 */
export function validateCustomerInput(
  actor: Actor,
  input: CustomerInput,
  complete: boolean,
): CustomerValues {
  const { values, issues } = applyRules(CUSTOMER_RULES, input, complete);
  const waiver = values.creditCodeCheckWaiver;
  const remaining: FieldIssue[] = [];
  for (const issue of issues) {
    if (issue.field === 'creditCode' && issue.code === 'validation.credit_code_check' && waiver) {
      if (actor.kind === 'system' || canWaiveCreditCodeCheck(actor.roles)) {
        values.creditCode = normaliseCreditCode(String(input.creditCode));
        continue;
      }
      remaining.push({ field: 'creditCodeCheckWaiver', code: 'auth.forbidden' });
    }
    remaining.push(issue);
  }
  if (remaining.length > 0) throw new AppError('validation.failed', { issues: remaining });
  // A waiver only means something beside a code that needed one.
  if ('creditCode' in values && !issues.some((i) => i.field === 'creditCode')) {
    values.creditCodeCheckWaiver = null;
  }
  return values;
}
