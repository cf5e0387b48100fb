import { AppError, type FieldIssue } from '../../domain/app-error.ts';
import { toIsoDate } from '../../domain/date-only.ts';
import { applyRules } from '../../domain/validation/field-rules.ts';
import {
  CONTACT_ISSUE_PREFIX,
  CONTACT_RULES,
  type ContactRuleField,
} from '../../domain/validation/contact-rules.ts';

export type ContactInput = Partial<Record<ContactRuleField | 'isKeyPerson', unknown>>;
export type ContactValues = Partial<Record<ContactRuleField, unknown>> & {
  isKeyPerson?: boolean;
};

/**
 * The field rules (C1.3), the key-person flag, and a birthday that is not in the future. Throws
 * one `validation.failed` listing every issue, each named `contact.<field>`.
 */
export function validateContactInput(
  input: ContactInput,
  complete: boolean,
  now: Date,
): ContactValues {
  const { isKeyPerson: _flag, ...ruled } = input;
  const { values, issues } = applyRules(CONTACT_RULES, ruled, complete);
  const result: ContactValues = values;
  if ('isKeyPerson' in input || complete) {
    const flag = input.isKeyPerson ?? false;
    if (typeof flag === 'boolean') result.isKeyPerson = flag;
    else issues.push({ field: 'isKeyPerson', code: 'validation.invalid' });
  }
  if (typeof values.birthday === 'string' && values.birthday > toIsoDate(now)) {
    issues.push({ field: 'birthday', code: 'validation.future_date' });
  }
  if (issues.length > 0) {
    throw new AppError('validation.failed', { issues: issues.map(withPrefix) });
  }
  return result;
}

function withPrefix(issue: FieldIssue): FieldIssue {
  return { ...issue, field: CONTACT_ISSUE_PREFIX + issue.field };
}
