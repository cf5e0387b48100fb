import { AppError, type FieldIssue } from '../../domain/app-error.ts';
import { TIERS, type Tier } from '../../domain/scoring/model-types.ts';

/**
 * Field checks shared by overrides and appeals. Each returns the clean value or pushes an issue
 * naming the field, so a form can mark every problem at once. Lengths count characters (code
 * points), not UTF-16 units, so a limit means the same for Chinese text.
 */
export function checkText(
  issues: FieldIssue[],
  field: string,
  value: unknown,
  max: number,
  required: boolean,
): string | null {
  const text = typeof value === 'string' ? value.trim() : '';
  if (value !== undefined && value !== null && typeof value !== 'string') {
    issues.push({ field, code: 'validation.invalid' });
  } else if (text === '') {
    if (required) issues.push({ field, code: 'validation.required' });
  } else if ([...text].length > max) {
    issues.push({ field, code: 'validation.too_long', params: { max } });
  }
  return text === '' ? null : text;
}

export function checkTier(
  issues: FieldIssue[],
  field: string,
  value: unknown,
  required: boolean,
): Tier | null {
  if (value === undefined || value === null || value === '') {
    if (required) issues.push({ field, code: 'validation.required' });
    return null;
  }
  if (typeof value === 'string' && (TIERS as readonly string[]).includes(value)) {
    return value as Tier;
  }
  issues.push({ field, code: 'validation.enum' });
  return null;
}

export function throwIssues(issues: FieldIssue[]): void {
  if (issues.length > 0) throw new AppError('validation.failed', { issues });
}
