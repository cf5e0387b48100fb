import { Card, Empty, Segmented } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMoney } from '../../format/use-money.ts';
import type { Language } from '../../i18n/languages.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { NotPermittedCard } from '../../access/not-permitted.tsx';
import { EChart, type ChartOption } from './echart.tsx';

type Point = { label: string; amount: string; orders: number };
export type PurchaseSeries = {
  monthly: { month: string; amount: string; orders: number }[];
  yearly: { year: number; amount: string; orders: number }[];
};

/**
 * Purchases by year and by month (the last 36), or the 无权查看 marker for a reader who may not
 * see amounts (C7.3): the server sends no series then, and no chart is drawn.
 */
export function PurchaseChart({ series }: { series: PurchaseSeries | undefined }) {
  const { t } = useTranslation();
  if (series === undefined)
    return <NotPermittedCard title={t('records.chart.title')} testId="purchase-chart" />;
  return <PurchaseSeriesChart series={series} />;
}

/**
 * The chart from the series the 360 API computes in SQL. Bars are drawn from the decimal
 * strings as numbers (a picture only); the tooltip shows the exact amount.
 */
function PurchaseSeriesChart({ series }: { series: PurchaseSeries }) {
  const { t } = useTranslation();
  const money = useMoney();
  const [language] = useLanguage();
  const [view, setView] = useState<'yearly' | 'monthly'>('yearly');
  const points: Point[] = useMemo(
    () =>
      view === 'yearly'
        ? series.yearly.map((y) => ({ label: String(y.year), amount: y.amount, orders: y.orders }))
        : series.monthly.map((m) => ({ label: m.month, amount: m.amount, orders: m.orders })),
    [series, view],
  );
  const amountName = t('records.chart.amount');
  const ordersName = t('records.chart.orders');
  const option: ChartOption = useMemo(
    () => ({
      grid: { left: 16, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: {
        trigger: 'axis',
        formatter: (params) => {
          const first = Array.isArray(params) ? params[0] : params;
          const point = points[first?.dataIndex ?? 0];
          if (!point) return '';
          return `${point.label}<br/>${amountName}：${money(point.amount)}<br/>${ordersName}：${point.orders}`;
        },
      },
      xAxis: { type: 'category', data: points.map((p) => p.label) },
      yAxis: [
        { type: 'value', axisLabel: { formatter: (value: number) => compact(value, language) } },
        { type: 'value', minInterval: 1, splitLine: { show: false } },
      ],
      series: [
        { name: amountName, type: 'bar', data: points.map((p) => Number(p.amount)) },
        {
          name: ordersName,
          type: 'line',
          yAxisIndex: 1,
          data: points.map((p) => p.orders),
        },
      ],
    }),
    [points, amountName, ordersName, money, language],
  );
  const empty = series.yearly.length === 0;
  return (
    <Card
      size="small"
      title={t('records.chart.title')}
      extra={
        !empty && (
          <Segmented
            size="small"
            value={view}
            onChange={(next) => setView(next as 'yearly' | 'monthly')}
            options={[
              { value: 'yearly', label: t('records.chart.yearly') },
              { value: 'monthly', label: t('records.chart.monthly') },
            ]}
            data-testid="purchase-chart-view"
          />
        )
      }
    >
      {empty ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('records.chart.empty')} />
      ) : (
        <EChart option={option} height={280} testId="purchase-chart" />
      )}
    </Card>
  );
}

const UNITS: Record<Language, [string, string]> = {
  'zh-CN': ['万', '亿'],
  'zh-TW': ['萬', '億'],
  // As formatMoney writes them in English.
  en: ['×10k', '×100M'],
};

/** Axis labels in 万/亿 steps, which is how these users read amounts. */
function compact(value: number, language: Language): string {
  const [wan, yi] = UNITS[language];
  const short = (n: number) => String(Number(n.toPrecision(6)));
  if (Math.abs(value) >= 1e8) return `${short(value / 1e8)}${yi}`;
  if (Math.abs(value) >= 1e4) return `${short(value / 1e4)}${wan}`;
  return String(value);
}
