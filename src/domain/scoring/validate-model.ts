import type { FieldIssue } from '../app-error.ts';
import { ROLES } from '../roles.ts';
import { toHundredths } from './exact-decimal.ts';
import { TIERS, type ScoringModel, type ServiceMeasure } from './model-types.ts';
import { indicatorIssues, issue, labelIssues, scoreIssues } from './validate-indicator.ts';

/**
 * Every problem of a model at once (for the editor to mark them all), as field issues whose
 * codes have localised messages. An empty list means the model may be adopted and scored.
 * Paths are dotted with indices: 'dimensions.0.indicators.2.weight'.
 */
export function validateModel(model: ScoringModel): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!model.id?.trim()) issues.push(issue('id', 'validation.required'));
  if (!Number.isInteger(model.version) || model.version < 1) {
    issues.push(issue('version', 'validation.integer', { min: 1, max: 2147483647 }));
  }
  issues.push(...labelIssues(model.name, 'name'));
  issues.push(...dimensionIssues(model));
  issues.push(...thresholdIssues(model));
  issues.push(...measureIssues(model));
  return issues;
}

function dimensionIssues(model: ScoringModel): FieldIssue[] {
  if (!Array.isArray(model.dimensions) || model.dimensions.length === 0) {
    return [issue('dimensions', 'validation.scoring_empty')];
  }
  const issues: FieldIssue[] = [];
  // Indicator ids are unique across the whole model: ratings and score rows are keyed by them.
  const seenDimensions = new Set<string>();
  const seenIndicators = new Set<string>();
  const weights: string[] = [];
  let sum = 0;
  model.dimensions.forEach((dimension, d) => {
    const at = `dimensions.${d}`;
    issues.push(...idIssues(dimension.id, `${at}.id`, seenDimensions));
    issues.push(...labelIssues(dimension.labels, `${at}.labels`));
    if (!Array.isArray(dimension.indicators) || dimension.indicators.length === 0) {
      issues.push(issue(`${at}.indicators`, 'validation.scoring_empty'));
      return;
    }
    dimension.indicators.forEach((indicator, i) => {
      const path = `${at}.indicators.${i}`;
      issues.push(...idIssues(indicator.id, `${path}.id`, seenIndicators));
      issues.push(...indicatorIssues(indicator, path));
      weights.push(`${indicator.id} ${indicator.weight}`);
      sum += Number.isFinite(indicator.weight) ? indicator.weight : 0;
    });
  });
  if (sum !== 100) {
    // Name every weight and the actual sum, so the editor's message says what to fix.
    issues.push(
      issue('dimensions', 'validation.scoring_weight_sum', { sum, weights: weights.join(' + ') }),
    );
  }
  return issues;
}

function thresholdIssues(model: ScoringModel): FieldIssue[] {
  const t = model.thresholds;
  const issues = (['A', 'B', 'C'] as const).flatMap((tier) =>
    scoreIssues(t?.[tier], `thresholds.${tier}`),
  );
  if (issues.length > 0) return issues;
  const [a, b, c] = [t.A, t.B, t.C].map((v) => toHundredths(v) as number);
  // 0 < C < B < A ≤ 100 keeps every tier reachable (a total of 0 is D, 100 is A).
  const ordered = c !== undefined && b !== undefined && a !== undefined && 0 < c && c < b && b < a;
  return ordered
    ? []
    : [issue('thresholds', 'validation.scoring_thresholds_order', { A: t.A, B: t.B, C: t.C })];
}

function measureIssues(model: ScoringModel): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  for (const tier of TIERS) {
    const measures: ServiceMeasure[] = model.measures?.[tier] ?? [];
    measures.forEach((measure, m) => {
      const at = `measures.${tier}.${m}`;
      issues.push(...idIssues(measure.id, `${at}.id`, seen));
      issues.push(...labelIssues(measure.text, `${at}.text`));
      if (!measure.task) return;
      const { cadence, role } = measure.task;
      if (!Number.isInteger(cadence?.every) || cadence.every < 1 || cadence.every > 52) {
        issues.push(issue(`${at}.task.cadence.every`, 'validation.integer', { min: 1, max: 52 }));
      }
      if (!['week', 'month', 'quarter', 'year'].includes(cadence?.unit)) {
        issues.push(issue(`${at}.task.cadence.unit`, 'validation.enum'));
      }
      if (!(ROLES as readonly string[]).includes(role)) {
        issues.push(issue(`${at}.task.role`, 'validation.enum'));
      }
    });
  }
  return issues;
}

function idIssues(id: string, field: string, seen: Set<string>): FieldIssue[] {
  if (typeof id !== 'string' || !/^[a-z][a-z0-9_]{0,62}$/.test(id)) {
    // Ids become keys in SQL and JSON; a plain snake_case word keeps them safe in both.
    return [issue(field, 'validation.scoring_id')];
  }
  if (seen.has(id)) return [issue(field, 'validation.scoring_duplicate_id', { value: id })];
  seen.add(id);
  return [];
}
