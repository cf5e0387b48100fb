import type { Localised } from '../i18n/locale.ts';
import { DEFAULT_MEASURES } from './default-measures.ts';
import type { Dimension, ScoringModel } from './model-types.ts';
import {
  CREDIT_GRADE_LABELS,
  fivePointScale,
  LIKELIHOOD_LABELS,
  OUTLOOK_LABELS,
  QUALITY_LABELS,
} from './rating-scales.ts';

/**
 * The default model: seed 001 二(二) exactly — four dimensions, twelve indicators, the seed's
 * weights and its thresholds 二(三). Labels use the seed's terms. The seed names indicators
 * but not how a raw value becomes 0–100; the choices below are ours, each with its reason,
 * and are listed in docs/scoring.md. A run's own data never changes them: to change them, the
 * committee adopts a new version.
 */

const l = (zhCN: string, zhTW: string, en: string): Localised => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

const VALUE: Dimension = {
  id: 'value_contribution',
  labels: l('客户价值贡献', '客戶價值貢獻', 'Value contribution'),
  indicators: [
    {
      // Amounts spread over orders of magnitude and grow with the business: a rank within the
      // run's population needs no yuan cap that would go stale. No purchases is '0.00', not
      // missing, and scores 0 (lowest rank); missing only if the SQL cannot say at all.
      id: 'annual_purchase_amount',
      labels: l('年度购买金额', '年度購買金額', 'Annual purchase amount'),
      weight: 30,
      kind: 'computed',
      source: 'annual_purchase_amount',
      normalisation: { method: 'percentile' },
      missingScore: 0,
    },
    {
      // Same reasoning as the amount: counts of orders differ by industry and size.
      id: 'purchase_frequency',
      labels: l('购买频率', '購買頻率', 'Purchase frequency'),
      weight: 10,
      kind: 'computed',
      source: 'purchase_frequency',
      normalisation: { method: 'percentile' },
      missingScore: 0,
    },
    {
      // Gross margin of the customer's purchases, in percent. A margin is comparable across
      // customers on its own, so a fixed line: 0 % or a loss scores 0, 30 % or more 100
      // (a generous B2B margin). Without purchases there is no margin to credit: 0.
      id: 'profit_contribution_rate',
      labels: l('利润贡献率', '利潤貢獻率', 'Profit contribution rate'),
      weight: 10,
      kind: 'computed',
      source: 'profit_contribution_rate',
      normalisation: { method: 'linear', floor: '0', cap: '30' },
      missingScore: 0,
    },
  ],
};

const POTENTIAL: Dimension = {
  id: 'cooperation_potential',
  labels: l('合作潜力', '合作潛力', 'Cooperation potential'),
  indicators: [
    {
      // A judgement about the market, not in our data. Unrated counts as "stable".
      id: 'industry_outlook',
      labels: l('行业发展前景', '行業發展前景', 'Industry outlook'),
      weight: 10,
      kind: 'rated',
      scale: fivePointScale(OUTLOOK_LABELS, 3),
    },
    {
      // The seed means the customer's own growth; what we reliably have is the growth of its
      // purchases from us, year on year, in percent. Symmetric line: −30 % → 0, flat → 50,
      // +30 % → 100. No purchases in the prior year (a new customer): neutral 50.
      id: 'business_growth',
      labels: l('客户业务增长趋势', '客戶業務增長趨勢', 'Customer business growth'),
      weight: 10,
      kind: 'computed',
      source: 'business_growth_yoy',
      normalisation: { method: 'linear', floor: '-30', cap: '30' },
      missingScore: 50,
    },
    {
      id: 'new_business_possibility',
      labels: l('拓展新业务可能性', '拓展新業務可能性', 'New-business possibility'),
      weight: 10,
      kind: 'rated',
      scale: fivePointScale(LIKELIHOOD_LABELS, 3),
    },
  ],
};

const CREDIT: Dimension = {
  id: 'credit_standing',
  labels: l('信用状况', '信用狀況', 'Credit standing'),
  indicators: [
    {
      // From the external agency's grade (C1.8). Unrated counts as BBB: not proven bad,
      // not proven good — the seed's aim here is keeping risk under control.
      id: 'credit_rating',
      labels: l('信用评级', '信用評級', 'Credit rating'),
      weight: 5,
      kind: 'rated',
      scale: fivePointScale(CREDIT_GRADE_LABELS, 2),
    },
    {
      // On-time rate in percent of invoices due in the period paid in full by the due date.
      // Credit policy thinks in thresholds: 99 % and 100 % differ, 20 % and 40 % hardly do.
      // No invoice fell due: no record either way, 50.
      id: 'payment_record',
      labels: l('付款记录', '付款記錄', 'Payment record'),
      weight: 5,
      kind: 'computed',
      source: 'payment_on_time_rate',
      normalisation: {
        method: 'bands',
        base: 0,
        steps: [
          { atLeast: '50', score: 20 },
          { atLeast: '70', score: 50 },
          { atLeast: '85', score: 70 },
          { atLeast: '95', score: 90 },
          { atLeast: '100', score: 100 },
        ],
      },
      missingScore: 50,
    },
    {
      id: 'financial_status',
      labels: l('财务状况', '財務狀況', 'Financial status'),
      weight: 5,
      kind: 'rated',
      scale: fivePointScale(QUALITY_LABELS, 3),
    },
  ],
};

const LOYALTY: Dimension = {
  id: 'loyalty',
  labels: l('客户忠诚度', '客戶忠誠度', 'Loyalty'),
  indicators: [
    {
      // Already a share (percent of products bought again): the line is the identity 0–100.
      // No purchases: nothing repeated, 0.
      id: 'repeat_purchase_rate',
      labels: l('重复购买率', '重複購買率', 'Repeat purchase rate'),
      weight: 2,
      kind: 'computed',
      source: 'repeat_purchase_rate',
      normalisation: { method: 'linear', floor: '0', cap: '100' },
      missingScore: 0,
    },
    {
      // Rated by the manager until survey results (C6.2) feed it: survey_recommendation.
      id: 'referral_willingness',
      labels: l('推荐意愿', '推薦意願', 'Referral willingness'),
      weight: 2,
      kind: 'rated',
      scale: fivePointScale(LIKELIHOOD_LABELS, 3),
    },
    {
      id: 'brand_recognition',
      labels: l('品牌及产品认可度', '品牌及產品認可度', 'Brand and product recognition'),
      weight: 1,
      kind: 'rated',
      scale: fivePointScale(QUALITY_LABELS, 3),
    },
  ],
};

/** Frozen, since every caller shares it; edit a copy (`structuredClone(DEFAULT_MODEL)`). */
export const DEFAULT_MODEL: ScoringModel = deepFreeze({
  id: 'seed-001',
  version: 1,
  name: l(
    '分级客户管理办法（默认模型）',
    '分級客戶管理辦法（預設模型）',
    'Tiered customer policy (default model)',
  ),
  dimensions: [VALUE, POTENTIAL, CREDIT, LOYALTY],
  // Seed 001 二(三): A ≥ 85, B 70–84, C 55–69, D < 55 (totals have two decimals: B is 70.00–84.99).
  thresholds: { A: 85, B: 70, C: 55 },
  measures: DEFAULT_MEASURES,
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
