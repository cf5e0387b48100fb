import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { GroupCount, Tier } from './evaluation-types.ts';
import { TIER_ORDER } from './tiers.ts';

type Row = { key: string; label: string; total: number } & Partial<Record<Tier, number>>;

/** The server sends one row per group and tier; the table shows one line per group. */
function pivot(rows: readonly GroupCount[], labelOf: (row: GroupCount) => string): Row[] {
  const byKey = new Map<string, Row>();
  for (const row of rows) {
    const line = byKey.get(row.key) ?? { key: row.key, label: labelOf(row), total: 0 };
    line[row.tier] = (line[row.tier] ?? 0) + row.count;
    line.total += row.count;
    byKey.set(row.key, line);
  }
  return [...byKey.values()].sort((a, b) => b.total - a.total);
}

type Props = {
  rows: readonly GroupCount[];
  groupTitle: string;
  labelOf: (row: GroupCount) => string;
  testId: string;
};

/** Customers per tier in each org unit or industry (审核: 按区域 / 按行业). */
export function GroupTierTable({ rows, groupTitle, labelOf, testId }: Props) {
  const { t } = useTranslation();
  const columns: ColumnsType<Row> = [
    { key: 'label', dataIndex: 'label', title: groupTitle },
    ...TIER_ORDER.map((tier) => ({
      key: tier,
      title: tier,
      align: 'right' as const,
      render: (_: unknown, row: Row) => row[tier] ?? 0,
    })),
    { key: 'total', dataIndex: 'total', title: t('evaluation.review.total'), align: 'right' },
  ];
  return (
    <Table<Row>
      size="small"
      data-testid={testId}
      columns={columns}
      dataSource={pivot(rows, labelOf)}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
    />
  );
}
