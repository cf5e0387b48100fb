import type { FieldIssue } from '../app-error.ts';
import { normaliseCreditCode } from '../credit-code.ts';
import { applyRules } from '../validation/field-rules.ts';
import { CUSTOMER_COLUMNS } from './customer-columns.ts';
import { rulesOf } from './import-column.ts';
import type { RowValidation } from './record-row-rules.ts';

// The sales region column holds a unit's code or name here; the importer resolves it set-wise.
const CUSTOMER_ROW_RULES = rulesOf(CUSTOMER_COLUMNS);

/**
 * A customer row (C1.1, C1.2): the API's field rules, and its one rule that depends on who
 * asks — a credit code with a wrong check character passes only beside a waiver reason, and
 * only for a user who may waive it (validate-customer-input.ts does the same for the API).
 */
export function validateCustomerRow(
  inputs: Record<string, unknown>,
  mayWaiveCheck: boolean,
): RowValidation {
  const { values, issues } = applyRules(CUSTOMER_ROW_RULES, inputs, true);
  const waiver = values.creditCodeCheckWaiver;
  const remaining: FieldIssue[] = [];
  let waived = false;
  for (const issue of issues) {
    const waivable = issue.field === 'creditCode' && issue.code === 'validation.credit_code_check';
    if (waivable && waiver) {
      if (mayWaiveCheck) {
        values.creditCode = normaliseCreditCode(String(inputs.creditCode));
        waived = true;
        continue;
      }
      remaining.push({ field: 'creditCodeCheckWaiver', code: 'auth.forbidden' });
    }
    remaining.push(issue);
  }
  // A waiver only means something beside a code that needed one.
  if (!waived) values.creditCodeCheckWaiver = null;
  return { values, issues: remaining };
}
