import type { Localised } from '../i18n/locale.ts';
import { formatScaled, parseScaled } from './exact-decimal.ts';
import { indicatorsOf } from './model-types.ts';
import type { Indicator, ScoringModel, Tier } from './model-types.ts';
import type { CustomerScore, IndicatorScore } from './score-types.ts';
import { tierRank } from './tier.ts';

/**
 * C2.4: why a customer has its score — each indicator's raw value, normalised score, weight and
 * contribution with the labels to show them — and what changed since the previous result
 * (normally the previous final run, which may have used another model version).
 */
export type IndicatorExplanation = IndicatorScore & {
  labels: Localised;
  dimensionLabels: Localised;
  /** 'rated', or the normalisation method of a computed indicator. */
  method: 'rated' | 'percentile' | 'linear' | 'bands';
};

export type IndicatorDelta = {
  indicatorId: string;
  /** Current minus previous, four decimals; an indicator on one side only counts as 0 on the other. */
  contributionDelta: string;
  /** Two decimals; null when the indicator is on one side only. */
  scoreDelta: string | null;
  presentIn: 'both' | 'current' | 'previous';
};

export type ScoreDiff = {
  totalDelta: string;
  tierChange: { from: Tier; to: Tier; direction: 'up' | 'down' } | null;
  indicators: IndicatorDelta[];
};

export type Explanation = {
  customerId: number;
  total: string;
  tier: Tier;
  indicators: IndicatorExplanation[];
  diff: ScoreDiff | null;
};

/** `current` must have been scored with `model`; `previous` with any model. */
export function explainScore(
  model: ScoringModel,
  current: CustomerScore,
  previous: CustomerScore | null = null,
): Explanation {
  const byId = new Map(indicatorsOf(model).map((entry) => [entry.indicator.id, entry]));
  const indicators = current.indicators.map((line): IndicatorExplanation => {
    const entry = byId.get(line.indicatorId);
    if (!entry) throw new RangeError(`indicator ${line.indicatorId} is not in model ${model.id}`);
    return {
      ...line,
      labels: entry.indicator.labels,
      dimensionLabels: entry.dimension.labels,
      method: methodOf(entry.indicator),
    };
  });
  return {
    customerId: current.customerId,
    total: current.total,
    tier: current.tier,
    indicators,
    diff: previous ? diffScores(current, previous) : null,
  };
}

export function diffScores(current: CustomerScore, previous: CustomerScore): ScoreDiff {
  const before = new Map(previous.indicators.map((line) => [line.indicatorId, line]));
  const now = new Set(current.indicators.map((line) => line.indicatorId));
  const deltas = current.indicators.map((line) => delta(line, before.get(line.indicatorId)));
  for (const line of previous.indicators) {
    if (!now.has(line.indicatorId)) deltas.push(delta(undefined, line));
  }
  const rankChange = tierRank(current.tier) - tierRank(previous.tier);
  return {
    totalDelta: minus(current.total, previous.total, 2),
    tierChange:
      rankChange === 0
        ? null
        : { from: previous.tier, to: current.tier, direction: rankChange < 0 ? 'up' : 'down' },
    indicators: deltas,
  };
}

function delta(now: IndicatorScore | undefined, then: IndicatorScore | undefined): IndicatorDelta {
  const line = (now ?? then) as IndicatorScore;
  return {
    indicatorId: line.indicatorId,
    contributionDelta: minus(now?.contribution ?? '0', then?.contribution ?? '0', 4),
    scoreDelta: now && then ? minus(now.score, then.score, 2) : null,
    presentIn: now && then ? 'both' : now ? 'current' : 'previous',
  };
}

function minus(a: string, b: string, scale: number): string {
  return formatScaled(parseScaled(a, scale) - parseScaled(b, scale), scale);
}

function methodOf(indicator: Indicator): IndicatorExplanation['method'] {
  return indicator.kind === 'rated' ? 'rated' : indicator.normalisation.method;
}
