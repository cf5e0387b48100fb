import { formatScaled, toHundredths } from '../../../src/domain/scoring/exact-decimal.ts';
import { explainScore, type Explanation } from '../../../src/domain/scoring/explain.ts';
import { indicatorsOf, type ScoringModel } from '../../../src/domain/scoring/model-types.ts';
import { tierFor } from '../../../src/domain/scoring/tier.ts';

/**
 * The preview's example customer: the committee types a 0–100 score per indicator and sees
 * how they add up under the draft's weights and thresholds. The sum follows docs/scoring.md's
 * rounding rule exactly (contributions exact in ten-thousandths, the total rounded once, half
 * up), so the preview never disagrees with a run. Null while the model is invalid.
 */
export function explainExample(
  model: ScoringModel,
  scores: Record<string, number>,
  valid: boolean,
): Explanation | null {
  if (!valid) return null;
  let sum = 0;
  const lines = indicatorsOf(model).map(({ dimension, indicator }) => {
    const scoreH = toHundredths(exampleScore(model, indicator.id, scores)) ?? 0;
    const contribution = scoreH * indicator.weight;
    sum += contribution;
    return {
      indicatorId: indicator.id,
      dimensionId: dimension.id,
      raw: null,
      defaulted: false,
      score: formatScaled(scoreH, 2),
      weight: indicator.weight,
      contribution: formatScaled(contribution, 4),
    };
  });
  const totalH = Math.floor((sum + 50) / 100);
  return explainScore(model, {
    customerId: 0,
    indicators: lines,
    total: formatScaled(totalH, 2),
    tier: tierFor(totalH, model.thresholds),
  });
}

/**
 * The example score of an indicator: what the committee typed, else a rated indicator's
 * default point's score (what an unrated customer gets), else 50.
 */
export function exampleScore(
  model: ScoringModel,
  indicatorId: string,
  scores: Record<string, number>,
): number {
  const typed = scores[indicatorId];
  if (typed !== undefined && toHundredths(typed) !== null && typed >= 0 && typed <= 100) {
    return typed;
  }
  const entry = indicatorsOf(model).find((e) => e.indicator.id === indicatorId);
  if (entry?.indicator.kind === 'rated') {
    const scale = entry.indicator.scale;
    return scale.points.find((p) => p.value === scale.defaultValue)?.score ?? 50;
  }
  return 50;
}
