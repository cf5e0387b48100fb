import type { FieldIssue } from '../app-error.ts';
import { LOCALES, type Localised } from '../i18n/locale.ts';
import { isComputedSource } from './computed-sources.ts';
import { compareExact, isDecimalString, parseExact, toHundredths } from './exact-decimal.ts';
import type { Indicator, Normalisation, RatingScale } from './model-types.ts';

/** Checks of one indicator; `at` is its path ('dimensions.0.indicators.2'). Every issue at once. */
export function indicatorIssues(indicator: Indicator, at: string): FieldIssue[] {
  const issues = [...labelIssues(indicator.labels, `${at}.labels`)];
  if (!Number.isInteger(indicator.weight) || indicator.weight < 1 || indicator.weight > 100) {
    // Whole percentage points keep score × weight an exact integer (score-population.ts).
    issues.push(issue(`${at}.weight`, 'validation.integer', { min: 1, max: 100 }));
  }
  if (indicator.kind === 'computed') {
    if (!isComputedSource(indicator.source)) issues.push(issue(`${at}.source`, 'validation.enum'));
    issues.push(...scoreIssues(indicator.missingScore, `${at}.missingScore`));
    issues.push(...normalisationIssues(indicator.normalisation, `${at}.normalisation`));
  } else if (indicator.kind === 'rated') {
    issues.push(...scaleIssues(indicator.scale, `${at}.scale`));
  } else {
    issues.push(issue(`${at}.kind`, 'validation.enum'));
  }
  return issues;
}

function normalisationIssues(n: Normalisation, at: string): FieldIssue[] {
  switch (n.method) {
    case 'percentile':
      return [];
    case 'linear': {
      const bad = [...decimalIssues(n.floor, `${at}.floor`), ...decimalIssues(n.cap, `${at}.cap`)];
      if (bad.length > 0) return bad;
      // Equal bounds would divide by zero; reversed ones would score the wrong way round.
      return compareExact(parseExact(n.floor), parseExact(n.cap)) < 0
        ? []
        : [issue(`${at}.cap`, 'validation.scoring_linear_range', { floor: n.floor, cap: n.cap })];
    }
    case 'bands':
      return bandIssues(n, at);
    default:
      return [issue(`${at}.method`, 'validation.enum')];
  }
}

function bandIssues(n: Extract<Normalisation, { method: 'bands' }>, at: string): FieldIssue[] {
  const issues = scoreIssues(n.base, `${at}.base`);
  if (!Array.isArray(n.steps) || n.steps.length === 0) {
    return [...issues, issue(`${at}.steps`, 'validation.scoring_empty')];
  }
  let previous: string | null = null;
  n.steps.forEach((step, i) => {
    issues.push(...scoreIssues(step.score, `${at}.steps.${i}.score`));
    const bad = decimalIssues(step.atLeast, `${at}.steps.${i}.atLeast`);
    issues.push(...bad);
    if (bad.length > 0) return;
    // Strictly ascending, or a band could never be reached and the table would read ambiguously.
    if (previous !== null && compareExact(parseExact(step.atLeast), parseExact(previous)) <= 0) {
      issues.push(
        issue(`${at}.steps.${i}.atLeast`, 'validation.scoring_bands_order', {
          previous,
          value: step.atLeast,
        }),
      );
    }
    previous = step.atLeast;
  });
  return issues;
}

function scaleIssues(scale: RatingScale, at: string): FieldIssue[] {
  const points = Array.isArray(scale?.points) ? scale.points : [];
  if (points.length < 2) return [issue(`${at}.points`, 'validation.scoring_empty')];
  const issues: FieldIssue[] = [];
  points.forEach((point, i) => {
    const path = `${at}.points.${i}`;
    const previous = points[i - 1];
    if (!Number.isInteger(point.value)) {
      issues.push(issue(`${path}.value`, 'validation.integer', { min: -1000, max: 1000 }));
    } else if (previous && point.value <= previous.value) {
      issues.push(
        issue(`${path}.value`, 'validation.scoring_scale_order', {
          previous: previous.value,
          value: point.value,
        }),
      );
    }
    issues.push(...scoreIssues(point.score, `${path}.score`));
    issues.push(...labelIssues(point.labels, `${path}.labels`));
  });
  // A missing rating must still score something known in advance (issue 4: "declared default").
  if (!points.some((point) => point.value === scale.defaultValue)) {
    issues.push(
      issue(`${at}.defaultValue`, 'validation.scoring_rating_default', {
        value: String(scale.defaultValue ?? ''),
      }),
    );
  }
  return issues;
}

/** A score: 0–100 with at most two decimals, i.e. a whole number of hundredths. */
export function scoreIssues(value: number, field: string): FieldIssue[] {
  const h = typeof value === 'number' ? toHundredths(value) : null;
  return h === null || h < 0 || h > 10000 ? [issue(field, 'validation.scoring_score')] : [];
}

export function labelIssues(labels: Localised, at: string): FieldIssue[] {
  return LOCALES.filter((locale) => !labels?.[locale]?.trim()).map((locale) =>
    issue(`${at}.${locale}`, 'validation.required'),
  );
}

function decimalIssues(value: string, field: string): FieldIssue[] {
  return typeof value === 'string' && isDecimalString(value)
    ? []
    : [issue(field, 'validation.invalid')];
}

export function issue(
  field: string,
  code: FieldIssue['code'],
  params?: Record<string, string | number>,
): FieldIssue {
  return params ? { field, code, params } : { field, code };
}
