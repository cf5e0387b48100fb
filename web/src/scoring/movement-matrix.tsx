import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import type { Movement, Tier } from './evaluation-types.ts';
import { TIER_ORDER } from './tiers.ts';

type Row = { key: string; from: Tier | null } & Partial<Record<Tier, number>>;

const rank = (tier: Tier) => TIER_ORDER.indexOf(tier);

/**
 * Old tier × new tier against the previous final run (C2.3 review, like C2.5's what-if). The
 * 新进 row holds customers the previous run did not score. Cells above the diagonal moved up.
 */
export function MovementMatrix({ movement }: { movement: readonly Movement[] }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const froms: (Tier | null)[] = [...TIER_ORDER, null];
  const rows: Row[] = froms
    .map((from) => {
      const row: Row = { key: from ?? 'new', from };
      for (const cell of movement) if (cell.from === from) row[cell.to] = cell.count;
      return row;
    })
    .filter((row) => row.from !== null || TIER_ORDER.some((tier) => row[tier]));

  const cell = (from: Tier | null, to: Tier, count: number | undefined) => {
    if (!count) return <Typography.Text type="secondary">0</Typography.Text>;
    if (from === null || from === to) return count;
    return (
      <Typography.Text type={rank(to) < rank(from) ? 'success' : 'danger'} strong>
        {count}
      </Typography.Text>
    );
  };

  const columns: ColumnsType<Row> = [
    {
      key: 'from',
      title: `${t('evaluation.review.previousTier')} \\ ${t('evaluation.review.newTier')}`,
      render: (_, row) => (row.from ? label('tier', row.from) : t('evaluation.review.newcomer')),
    },
    ...TIER_ORDER.map((to) => ({
      key: to,
      title: label('tier', to),
      align: 'right' as const,
      render: (_: unknown, row: Row) => cell(row.from, to, row[to]),
    })),
  ];
  return (
    <Table<Row>
      size="small"
      data-testid="movement-matrix"
      columns={columns}
      dataSource={rows}
      pagination={false}
    />
  );
}
