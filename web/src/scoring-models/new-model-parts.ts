import type { Localised } from '../../../src/domain/i18n/locale.ts';
import type {
  Dimension,
  Indicator,
  ScoringModel,
  ServiceMeasure,
} from '../../../src/domain/scoring/model-types.ts';
import { indicatorsOf } from '../../../src/domain/scoring/model-types.ts';

/**
 * Starting values for parts the committee adds in the editor. Labels start empty on purpose:
 * the validator then asks for all three, so nothing is saved half-named.
 */
const blank = (): Localised => ({ 'zh-CN': '', 'zh-TW': '', en: '' });

/** An id not yet used in the model, so a new part never collides with an existing one. */
export function freshId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) if (!used.has(`${prefix}_${n}`)) return `${prefix}_${n}`;
}

export function newIndicator(model: ScoringModel): Indicator {
  const id = freshId(
    'indicator',
    indicatorsOf(model).map((e) => e.indicator.id),
  );
  return {
    id,
    labels: blank(),
    weight: 1,
    kind: 'computed',
    source: 'annual_purchase_amount',
    normalisation: { method: 'percentile' },
    missingScore: 0,
  };
}

export function newDimension(model: ScoringModel): Dimension {
  const id = freshId(
    'dimension',
    model.dimensions.map((d) => d.id),
  );
  return { id, labels: blank(), indicators: [newIndicator(model)] };
}

/** Switching kind keeps id, labels and weight and starts the kind's own part afresh. */
export function withKind(indicator: Indicator, kind: Indicator['kind']): Indicator {
  const { id, labels, weight } = indicator;
  if (kind === indicator.kind) return indicator;
  if (kind === 'computed') {
    return {
      id,
      labels,
      weight,
      kind,
      source: 'annual_purchase_amount',
      normalisation: { method: 'percentile' },
      missingScore: 0,
    };
  }
  return {
    id,
    labels,
    weight,
    kind,
    scale: {
      points: [1, 2, 3, 4, 5].map((value) => ({ value, score: (value - 1) * 25, labels: blank() })),
      defaultValue: 3,
    },
  };
}

export function newMeasure(model: ScoringModel): ServiceMeasure {
  const taken = Object.values(model.measures).flatMap((list) => list.map((m) => m.id));
  return { id: freshId('measure', taken), text: blank() };
}
