import type { FieldIssue } from '../../../domain/app-error.ts';
import { applyRules } from '../../../domain/validation/field-rules.ts';
import { checkTransaction } from '../../../domain/validation/record-checks.ts';
import {
  TRANSACTION_RULES,
  type TransactionField,
} from '../../../domain/validation/record-rules.ts';
import { parseQuantity } from '../../../domain/validation/record-values.ts';
import { inRuleOrder } from '../record-input.ts';

export type TransactionInput = Partial<Record<TransactionField, unknown>>;

/** The field rules, then the quantity as NUMERIC(18,3). */
export function checkTransactionInput(input: TransactionInput, complete: boolean) {
  const checked = applyRules(TRANSACTION_RULES, input, complete);
  const issues: FieldIssue[] = [...checked.issues];
  const raw = checked.values.quantity;
  if (typeof raw === 'string') {
    const quantity = parseQuantity(raw);
    if (quantity === null) issues.push({ field: 'quantity', code: 'validation.quantity' });
    else checked.values.quantity = quantity;
  }
  return { values: checked.values, issues: inRuleOrder(TRANSACTION_RULES, issues) };
}

/**
 * The transaction as it would be saved (`merged`), checked across fields, with its profit
 * derived from the cost when there is one. `given` are the values of this request only.
 */
export function deriveTransaction(
  merged: Record<string, unknown>,
  given: Record<string, unknown>,
  today: string,
) {
  const profitGiven = 'profit' in given && given.profit !== null;
  return checkTransaction(merged, profitGiven, today);
}
