import type { Localised } from '../i18n/locale.ts';

/**
 * What a computed indicator is computed from (SPEC C2.2). The domain only names a source and
 * its unit; the SQL of the evaluation run derives the raw value over the run's period, as
 * defined in docs/scoring.md. A raw value is a decimal string in `unit` with at most `decimals`
 * decimals, or null when undefined for that customer (e.g. no invoice fell due).
 */
export const COMPUTED_SOURCES = [
  'annual_purchase_amount',
  'purchase_frequency',
  'profit_contribution_rate',
  'business_growth_yoy',
  'repeat_purchase_rate',
  'payment_on_time_rate',
  'payment_overdue_days',
  'survey_recommendation',
  'survey_recognition',
] as const;
export type ComputedSource = (typeof COMPUTED_SOURCES)[number];

export type SourceUnit = 'yuan' | 'count' | 'percent' | 'days' | 'points';

export type SourceInfo = { unit: SourceUnit; decimals: number; labels: Localised };

export const SOURCE_INFO: Record<ComputedSource, SourceInfo> = {
  annual_purchase_amount: {
    unit: 'yuan',
    decimals: 2,
    labels: { 'zh-CN': '年度购买金额', 'zh-TW': '年度購買金額', en: 'Annual purchase amount' },
  },
  purchase_frequency: {
    unit: 'count',
    decimals: 0,
    labels: { 'zh-CN': '购买次数', 'zh-TW': '購買次數', en: 'Number of purchases' },
  },
  profit_contribution_rate: {
    unit: 'percent',
    decimals: 2,
    labels: { 'zh-CN': '利润贡献率', 'zh-TW': '利潤貢獻率', en: 'Profit contribution rate' },
  },
  business_growth_yoy: {
    unit: 'percent',
    decimals: 2,
    labels: {
      'zh-CN': '购买额同比增长率',
      'zh-TW': '購買額同比增長率',
      en: 'Purchases growth YoY',
    },
  },
  repeat_purchase_rate: {
    unit: 'percent',
    decimals: 2,
    labels: { 'zh-CN': '重复购买率', 'zh-TW': '重複購買率', en: 'Repeat purchase rate' },
  },
  payment_on_time_rate: {
    unit: 'percent',
    decimals: 2,
    labels: { 'zh-CN': '按期回款率', 'zh-TW': '按期收款率', en: 'On-time payment rate' },
  },
  payment_overdue_days: {
    unit: 'days',
    decimals: 0,
    labels: { 'zh-CN': '最长逾期天数', 'zh-TW': '最長逾期天數', en: 'Longest overdue days' },
  },
  survey_recommendation: {
    unit: 'points',
    decimals: 2,
    labels: {
      'zh-CN': '调查推荐意愿（0–10）',
      'zh-TW': '調查推薦意願（0–10）',
      en: 'Survey: would recommend (0–10)',
    },
  },
  survey_recognition: {
    unit: 'points',
    decimals: 2,
    labels: {
      'zh-CN': '调查品牌认可度（0–100）',
      'zh-TW': '調查品牌認可度（0–100）',
      en: 'Survey: brand recognition (0–100)',
    },
  },
};

export function isComputedSource(value: string): value is ComputedSource {
  return (COMPUTED_SOURCES as readonly string[]).includes(value);
}
