import type { Nature, RevenueBand, Scale } from '../../domain/customer-fields.ts';
import type { CreditCodeKind } from './credit-codes.ts';
import type { IndustryProfile } from './company-words.ts';
import { weightedTable, type Random, type WeightedTable } from './random.ts';

export type Firmographics = {
  employees: number;
  scale: Scale;
  revenueBand: RevenueBand | null;
  /** Integer cents; null for government bodies, which report budgets, not revenue. */
  annualRevenueCents: number | null;
  assetsCents: number | null;
  externalCreditRating: string | null;
};

const NATURES_BY_STYLE: Record<string, WeightedTable<Nature>> = {
  hospital: weightedTable([['public_institution', 72], ['private', 28]] as const),
  school: weightedTable([['public_institution', 80], ['private', 20]] as const),
  government: weightedTable([['government', 75], ['public_institution', 25]] as const),
  // Energy, mining, transport and finance are dominated by state-owned groups.
  heavy: weightedTable([['state_owned', 48], ['private', 38], ['joint_venture', 6], ['foreign', 4], ['other', 4]] as const),
  C: weightedTable([['private', 64], ['state_owned', 12], ['foreign', 12], ['joint_venture', 9], ['other', 3]] as const),
  default: weightedTable([['private', 70], ['state_owned', 18], ['foreign', 5], ['joint_venture', 4], ['other', 3]] as const),
}; // prettier-ignore

export function pickNature(rng: Random, industry: IndustryProfile): Nature {
  const key =
    industry.style !== 'company'
      ? industry.style
      : 'BDGJ'.includes(industry.section)
        ? 'heavy'
        : industry.section === 'C'
          ? 'C'
          : 'default';
  return rng.weighted(NATURES_BY_STYLE[key] ?? (NATURES_BY_STYLE.default as WeightedTable<Nature>));
}

export function creditCodeKind(
  rng: Random,
  industry: IndustryProfile,
  nature: Nature,
): CreditCodeKind {
  if (nature === 'government') return '11';
  if (nature === 'public_institution') return '12';
  // Private hospitals and schools are registered as 民办非企业单位.
  if (industry.style !== 'company') return '52';
  if (industry.section === 'A' && rng.chance(0.3)) return '93';
  if (nature === 'other' && rng.chance(0.3)) return '51';
  return '91';
}

const RATINGS_LARGE = ['AAA', 'AA+', 'AA', 'AA-', 'A+'];
const RATINGS_MEDIUM = ['A+', 'A', 'A-', 'BBB+', 'BBB'];

/**
 * Size facts from a size score in [0, 1): revenue spans ¥1.5 million to ¥40 billion on a log
 * scale, employees follow from revenue per head. Scale uses the SME thresholds of 工信部联企业
 * [2011] 300号 for industry (large: ≥1000 staff and ≥¥400m revenue).
 */
export function firmographics(rng: Random, size: number, industry: IndustryProfile): Firmographics {
  const log10Revenue = 6.2 + 4.4 * size ** 1.4 + rng.normal(0, 0.12);
  // Revenue rounded to whole yuan, then random cents: exact integers all the way.
  const revenueYuan = Math.round(10 ** log10Revenue);
  const perHeadYuan = 10 ** rng.normal(5.9, 0.25);
  const employees = Math.max(8, Math.round(revenueYuan / perHeadYuan));
  const scale: Scale =
    employees >= 1000 && revenueYuan >= 400_000_000
      ? 'large'
      : employees >= 300 && revenueYuan >= 20_000_000
        ? 'medium'
        : employees >= 20 && revenueYuan >= 3_000_000
          ? 'small'
          : 'micro';
  const government = industry.style === 'government';
  const revenueCents = government ? null : revenueYuan * 100 + rng.int(0, 99);
  const assetsRatioPermille = rng.int(500, 2600);
  const assetsCents =
    revenueCents === null ? null : Math.floor((revenueYuan * assetsRatioPermille) / 1000) * 100;
  const rated = !government && rng.chance(scale === 'large' ? 0.8 : scale === 'medium' ? 0.4 : 0.1);
  return {
    employees,
    scale,
    revenueBand: revenueCents === null ? null : revenueBand(revenueYuan),
    annualRevenueCents: revenueCents,
    assetsCents,
    externalCreditRating: rated
      ? rng.pick(scale === 'large' ? RATINGS_LARGE : RATINGS_MEDIUM)
      : null,
  };
}

function revenueBand(yuan: number): RevenueBand {
  if (yuan < 10_000_000) return 'lt_10m';
  if (yuan < 100_000_000) return '10m_100m';
  if (yuan < 1_000_000_000) return '100m_1b';
  if (yuan < 10_000_000_000) return '1b_10b';
  return 'gte_10b';
}

const STRATEGIES = [
  '扩大产能，新建生产基地',
  '推进数字化转型与智能制造',
  '绿色低碳改造，降低单位能耗',
  '拓展海外市场',
  '聚焦主业，压缩非核心业务',
  '建设区域数据中心',
  '上市筹备，规范治理',
];
const BOTTLENECKS = [
  '资金周转偏紧',
  '设备老化，能耗偏高',
  '技术人员不足',
  '招投标流程周期长',
  '付款审批层级多',
];

/** Optional narrative fields, filled for some customers only (as in a real file). */
export function narrative(rng: Random, nature: Nature, provinceName: string) {
  const shareholderStructure =
    nature === 'state_owned'
      ? `国有控股，${provinceName}国资委持股${rng.int(51, 100)}%`
      : nature === 'private' && rng.chance(0.4)
        ? `民营，创始人家族持股${rng.int(40, 90)}%`
        : nature === 'foreign'
          ? '外商独资'
          : nature === 'joint_venture'
            ? `中外合资，中方持股${rng.int(30, 70)}%`
            : null;
  return {
    shareholderStructure,
    strategy: rng.chance(0.35) ? rng.pick(STRATEGIES) : null,
    bottlenecks: rng.chance(0.2) ? rng.pick(BOTTLENECKS) : null,
  };
}
