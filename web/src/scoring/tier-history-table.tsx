import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { TierTag } from '../customers/tier-tag.tsx';
import { formatDateTime } from '../format/date.ts';
import type { CustomerRunSummary } from './evaluation-types.ts';
import { RunStateTag } from './run-state-tag.tsx';
import { TierSourceMark } from './tier-source-mark.tsx';

/**
 * 等级历史 (C2.3): every visible run that scored the customer, newest first; a final run also
 * shows the tier that took effect, which an override or appeal may have set.
 */
export function TierHistoryTable({ runs }: { runs: readonly CustomerRunSummary[] }) {
  const { t } = useTranslation();
  const columns: ColumnsType<CustomerRunSummary> = [
    { key: 'period', dataIndex: 'periodLabel', title: t('evaluation.explanation.historyPeriod') },
    {
      key: 'state',
      title: t('evaluation.explanation.historyState'),
      render: (_, run) => <RunStateTag state={run.state} />,
    },
    {
      key: 'computed',
      title: t('evaluation.explanation.historyComputed'),
      render: (_, run) => (
        <>
          <TierTag tier={run.tier} /> {run.total}
        </>
      ),
    },
    {
      key: 'effective',
      title: t('evaluation.explanation.historyEffective'),
      render: (_, run) =>
        run.effectiveTier ? (
          <>
            <TierTag tier={run.effectiveTier} />
            <TierSourceMark source={run.effectiveSource} />
          </>
        ) : (
          '—'
        ),
    },
    {
      key: 'finalisedAt',
      title: t('evaluation.explanation.historyFinalisedAt'),
      render: (_, run) => formatDateTime(run.finalisedAt),
    },
  ];
  return (
    <Table<CustomerRunSummary>
      rowKey="runId"
      size="small"
      data-testid="tier-history"
      columns={columns}
      dataSource={[...runs]}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
    />
  );
}
