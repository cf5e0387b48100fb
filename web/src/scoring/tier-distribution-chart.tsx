import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import { EChart, type ChartOption } from '../records/charts/echart.tsx';
import type { RunReview } from './evaluation-types.ts';
import { TIER_ORDER } from './tiers.ts';

// The tag colours of the tiers (tier-tag.tsx), so chart and tables read alike.
const BAR_COLORS = { A: '#cf1322', B: '#d46b08', C: '#1677ff', D: '#8c8c8c' } as const;

/** Customers per tier (审核: 分布). */
export function TierDistributionChart({ tiers }: { tiers: RunReview['tiers'] }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, top: 16, bottom: 32 },
      xAxis: {
        type: 'category',
        data: TIER_ORDER.map(
          (tier) => `${label('tier', tier)} ${t(`evaluation.tierName.${tier}`)}`,
        ),
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: t('evaluation.review.customers'),
          barMaxWidth: 48,
          label: { show: true, position: 'top' },
          data: TIER_ORDER.map((tier) => ({
            value: tiers.find((row) => row.tier === tier)?.count ?? 0,
            itemStyle: { color: BAR_COLORS[tier] },
          })),
        },
      ],
    }),
    [tiers, t, label],
  );
  return <EChart option={option} height={260} testId="tier-distribution" />;
}
