import { AppError } from '../app-error.ts';
import { formatScaled } from './exact-decimal.ts';
import { indicatorsOf } from './model-types.ts';
import type { ComputedIndicator, Indicator, RatedIndicator, ScoringModel } from './model-types.ts';
import { bandScore, hundredths, linearScore, ratingScore } from './normalise.ts';
import { percentileScores } from './percentile.ts';
import type { CustomerFacts, CustomerScore, IndicatorScore, ScoringResult } from './score-types.ts';
import { tierFor } from './tier.ts';
import { validateModel } from './validate-model.ts';

/**
 * The reference implementation of a run's computation (SPEC C2.1, C2.2): the oracle the
 * set-based SQL is compared with. Exactly, in integers:
 *   score_h        normalised score in hundredths, 0…10000 (normalise.ts, percentile.ts)
 *   contribution   score_h × weight, in ten-thousandths (exact: weights are whole numbers)
 *   total_h        ⌊(Σ contribution + 50) / 100⌋ — Σ score × weight / 100 rounded half up
 *   tier           by total_h against the thresholds in hundredths (tier.ts)
 * Only the total is rounded, once, so it is within 0.005 of the sum of shown contributions.
 */
export function scorePopulation(
  model: ScoringModel,
  population: readonly CustomerFacts[],
): ScoringResult {
  const issues = validateModel(model);
  if (issues.length > 0) throw new AppError('validation.failed', { issues });
  const columns = indicatorsOf(model).map(({ dimension, indicator }) => ({
    dimensionId: dimension.id,
    indicator,
    cells: scoreColumn(indicator, population),
  }));
  const customers = population.map((facts, row): CustomerScore => {
    let sum = 0;
    const indicators = columns.map(({ dimensionId, indicator, cells }): IndicatorScore => {
      const cell = cells[row] as Cell;
      const contribution = cell.score * indicator.weight;
      sum += contribution;
      return {
        indicatorId: indicator.id,
        dimensionId,
        raw: cell.raw,
        defaulted: cell.defaulted,
        score: formatScaled(cell.score, 2),
        weight: indicator.weight,
        contribution: formatScaled(contribution, 4),
      };
    });
    const totalHundredths = Math.floor((sum + 50) / 100);
    return {
      customerId: facts.customerId,
      indicators,
      total: formatScaled(totalHundredths, 2),
      tier: tierFor(totalHundredths, model.thresholds),
    };
  });
  return { modelId: model.id, modelVersion: model.version, customers };
}

type Cell = { raw: string | null; defaulted: boolean; score: number };

function scoreColumn(indicator: Indicator, population: readonly CustomerFacts[]): Cell[] {
  return indicator.kind === 'computed'
    ? computedColumn(indicator, population)
    : population.map((facts) => ratedCell(indicator, facts));
}

function computedColumn(indicator: ComputedIndicator, population: readonly CustomerFacts[]) {
  const raws = population.map((facts) => facts.raw[indicator.source] ?? null);
  const n = indicator.normalisation;
  // Percentile is the one normalisation that needs the whole column at once.
  const percentiles = n.method === 'percentile' ? percentileScores(raws) : [];
  return raws.map((raw, row): Cell => {
    if (raw === null) return { raw, defaulted: true, score: hundredths(indicator.missingScore) };
    const score =
      n.method === 'percentile'
        ? (percentiles[row] as number)
        : n.method === 'linear'
          ? linearScore(raw, n.floor, n.cap)
          : bandScore(raw, n.base, n.steps);
    return { raw, defaulted: false, score };
  });
}

function ratedCell(indicator: RatedIndicator, facts: CustomerFacts): Cell {
  const rating = facts.ratings[indicator.id] ?? null;
  const used = rating ?? indicator.scale.defaultValue;
  const score = ratingScore(indicator.scale, used);
  if (score === null) {
    // A rating kept from an older scale that this model no longer has: refuse, don't guess.
    throw new AppError('validation.scoring_rating_off_scale', {
      field: `ratings.${indicator.id}`,
      params: { indicator: indicator.id, value: used, customer: facts.customerId },
    });
  }
  return { raw: rating === null ? null : String(rating), defaulted: rating === null, score };
}
