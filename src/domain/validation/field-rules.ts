import type { FieldIssue } from '../app-error.ts';
import { checkCreditCode } from '../credit-code.ts';
import { normaliseEmail, normaliseWebsite } from '../email.ts';
import { parseMoney } from '../money.ts';
import { normaliseLandline, normaliseMobile } from '../phone.ts';
import { isPostcode } from '../postcode.ts';
import { isIsoDate } from '../date-only.ts';

/**
 * Declarative rules for one input field. The same rules validate HTTP bodies, import rows and
 * CLI arguments, so a value is accepted or refused the same way whichever door it came in by.
 * Each rule normalises: full-width digits, stray spaces, money units, phone prefixes.
 */
export type FieldRule =
  | { kind: 'text'; max: number; required?: boolean }
  | { kind: 'enum'; values: readonly string[]; required?: boolean }
  | { kind: 'int'; min: number; max: number; required?: boolean }
  | { kind: 'money'; required?: boolean }
  | { kind: 'creditCode'; required?: boolean }
  | { kind: 'postcode' | 'landline' | 'mobile' | 'email' | 'website' | 'date'; required?: boolean };

export type RuleResult = { value: unknown } | { issue: Omit<FieldIssue, 'field'> };

function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

/** Applies one rule. Blank input becomes null, or a `required` issue. */
export function applyRule(rule: FieldRule, raw: unknown): RuleResult {
  if (isBlank(raw)) {
    return rule.required ? { issue: { code: 'validation.required' } } : { value: null };
  }
  if (rule.kind === 'text') {
    // Free text keeps its full-width punctuation (，。：), so no NFKC here.
    if (typeof raw !== 'string') return { issue: { code: 'validation.invalid' } };
    const trimmed = raw.trim();
    return [...trimmed].length > rule.max
      ? { issue: { code: 'validation.too_long', params: { max: rule.max } } }
      : { value: trimmed };
  }
  // Codes, numbers and addresses of the net: full-width digits and letters become ASCII.
  const text = typeof raw === 'string' ? raw.normalize('NFKC').trim() : raw;
  switch (rule.kind) {
    case 'enum':
      return typeof text === 'string' && rule.values.includes(text)
        ? { value: text }
        : { issue: { code: 'validation.enum' } };
    case 'int': {
      const n = typeof text === 'number' ? text : typeof text === 'string' ? Number(text) : NaN;
      return Number.isInteger(n) && n >= rule.min && n <= rule.max
        ? { value: n }
        : { issue: { code: 'validation.integer', params: { min: rule.min, max: rule.max } } };
    }
    case 'money': {
      const money = typeof text === 'string' || typeof text === 'number' ? parseMoney(text) : null;
      return money === null ? { issue: { code: 'validation.money' } } : { value: money };
    }
    case 'creditCode':
      return creditCodeResult(text);
    default:
      return formatted(rule.kind, text);
  }
}

function creditCodeResult(text: unknown): RuleResult {
  if (typeof text !== 'string') return { issue: { code: 'validation.credit_code_format' } };
  const result = checkCreditCode(text);
  if (result.ok) return { value: result.code };
  if (result.reason === 'check') {
    return {
      issue: { code: 'validation.credit_code_check', params: { expected: result.expected } },
    };
  }
  return { issue: { code: 'validation.credit_code_format' } };
}

const FORMATTERS = {
  postcode: { check: (s: string) => (isPostcode(s) ? s : null), code: 'validation.postcode' },
  landline: { check: normaliseLandline, code: 'validation.phone' },
  mobile: { check: normaliseMobile, code: 'validation.mobile' },
  email: { check: normaliseEmail, code: 'validation.email' },
  website: { check: normaliseWebsite, code: 'validation.url' },
  date: { check: (s: string) => (isIsoDate(s) ? s : null), code: 'validation.date' },
} as const;

function formatted(kind: keyof typeof FORMATTERS, text: unknown): RuleResult {
  const formatter = FORMATTERS[kind];
  const value = typeof text === 'string' ? formatter.check(text) : null;
  return value === null ? { issue: { code: formatter.code } } : { value };
}

/**
 * Validates the fields present in `input` (all of `rules` when `complete`, as for a create).
 * Returns the normalised values and every issue at once, so a form can mark all fields.
 */
export function applyRules<K extends string>(
  rules: Record<K, FieldRule>,
  input: Partial<Record<K, unknown>>,
  complete: boolean,
): { values: Partial<Record<K, unknown>>; issues: FieldIssue[] } {
  const values: Partial<Record<K, unknown>> = {};
  const issues: FieldIssue[] = [];
  for (const field of Object.keys(rules) as K[]) {
    if (!complete && !(field in input)) continue;
    const result = applyRule(rules[field], input[field]);
    if ('issue' in result) issues.push({ field, ...result.issue });
    else values[field] = result.value;
  }
  return { values, issues };
}
