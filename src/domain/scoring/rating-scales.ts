import type { Localised } from '../i18n/locale.ts';
import type { RatingScale } from './model-types.ts';

/**
 * Five-point scales for the rated indicators of the default model. Points 1–5 score 0, 25,
 * 50, 75, 100: evenly spaced, so a rater's "one step better" is worth the same everywhere and
 * the score reads as the rating's position on the scale.
 */
export function fivePointScale(labels: readonly Localised[], defaultValue: number): RatingScale {
  return {
    points: labels.map((pointLabels, i) => ({ value: i + 1, score: i * 25, labels: pointLabels })),
    defaultValue,
  };
}

const l = (zhCN: string, zhTW: string, en: string): Localised => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const OUTLOOK_LABELS = [
  l('衰退', '衰退', 'Declining'),
  l('承压', '承壓', 'Under pressure'),
  l('平稳', '平穩', 'Stable'),
  l('增长', '增長', 'Growing'),
  l('高速增长', '高速增長', 'Growing fast'),
];

export const LIKELIHOOD_LABELS = [
  l('很小', '很小', 'Very unlikely'),
  l('较小', '較小', 'Unlikely'),
  l('一般', '一般', 'Possible'),
  l('较大', '較大', 'Likely'),
  l('很大', '很大', 'Very likely'),
];

/** External agencies' letter grades, collapsed to five steps. */
export const CREDIT_GRADE_LABELS = [
  l('BB 及以下', 'BB 及以下', 'BB or below'),
  l('BBB 或未评级', 'BBB 或未評級', 'BBB or unrated'),
  l('A', 'A', 'A'),
  l('AA', 'AA', 'AA'),
  l('AAA', 'AAA', 'AAA'),
];

export const QUALITY_LABELS = [
  l('很差', '很差', 'Very poor'),
  l('较差', '較差', 'Poor'),
  l('一般', '一般', 'Fair'),
  l('良好', '良好', 'Good'),
  l('优秀', '優秀', 'Excellent'),
];
