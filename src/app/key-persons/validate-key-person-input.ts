import { AppError, type FieldIssue } from '../../domain/app-error.ts';
import { toIsoDate } from '../../domain/date-only.ts';
import type { ConsentBasis } from '../../domain/record-fields.ts';
import { applyRules } from '../../domain/validation/field-rules.ts';
import {
  KEY_PERSON_ISSUE_PREFIX,
  KEY_PERSON_RULES,
  type KeyPersonField,
} from '../../domain/validation/key-person-rules.ts';
import type { KeyPersonPrivate } from './key-person-cipher.ts';

export type KeyPersonInput = Partial<Record<KeyPersonField, unknown>>;
export type KeyPersonValues = KeyPersonPrivate & {
  purpose: string;
  consentBasis: ConsentBasis;
  consentAt: string;
};

/**
 * The whole set is given each time (the details are one sealed value). Purpose and consent are
 * required (C1.4); a consent date cannot be in the future. Issues are named `keyPerson.<field>`
 * and, like every validation message, never repeat the submitted value.
 */
export function validateKeyPersonInput(input: KeyPersonInput, now: Date): KeyPersonValues {
  const { values, issues } = applyRules(KEY_PERSON_RULES, input, true);
  if (typeof values.consentAt === 'string' && values.consentAt > toIsoDate(now)) {
    issues.push({ field: 'consentAt', code: 'validation.future_date' });
  }
  if (issues.length > 0) {
    throw new AppError('validation.failed', { issues: issues.map(withPrefix) });
  }
  return values as KeyPersonValues;
}

function withPrefix(issue: FieldIssue): FieldIssue {
  return { ...issue, field: KEY_PERSON_ISSUE_PREFIX + issue.field };
}
