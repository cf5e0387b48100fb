import { applyRules } from '../validation/field-rules.ts';
import { CONTACT_COLUMNS } from './contact-columns.ts';
import { rulesOf } from './import-column.ts';
import type { RowValidation } from './record-row-rules.ts';

const CONTACT_ROW_RULES = rulesOf(CONTACT_COLUMNS);

/** A contact row (C1.3): the field rules and a birthday that is not in the future. */
export function validateContactRow(inputs: Record<string, unknown>, today: string): RowValidation {
  const { values, issues } = applyRules(CONTACT_ROW_RULES, inputs, true);
  const birthday = values['contact.birthday'];
  if (typeof birthday === 'string' && birthday > today) {
    issues.push({ field: 'contact.birthday', code: 'validation.future_date' });
  }
  return { values, issues };
}
