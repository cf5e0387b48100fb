import { Alert, Button, Flex, Select, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TierTag } from '../customers/tier-tag.tsx';
import { formatDateTime } from '../format/date.ts';
import type { Override, OverrideState } from './evaluation-types.ts';
import { OverrideDecisionModal } from './override-decision-modal.tsx';
import { useOverrides, type CaseScope } from './tier-case-queries.ts';

const STATES: readonly OverrideState[] = ['proposed', 'approved', 'rejected', 'withdrawn'];
const STATE_COLORS: Record<OverrideState, string> = {
  proposed: 'orange',
  approved: 'green',
  rejected: 'red',
  withdrawn: 'default',
};

type Props = { scope: Exclude<CaseScope, 'mine'>; showCustomer: boolean; showRun: boolean };

/** 人工调整 of a run or a customer; the committee decides open ones (permissions from the list). */
export function OverridesTable({ scope, showCustomer, showRun }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<OverrideState>();
  const [page, setPage] = useState(1);
  const [deciding, setDeciding] = useState<Override | null>(null);
  const list = useOverrides(scope, { page, pageSize: 20, ...(state ? { state } : {}) });
  const mayDecide = list.data?.permissions.decide ?? false;

  const columns: ColumnsType<Override> = [
    ...(showRun
      ? [{ key: 'run', title: t('evaluation.mine.period'), dataIndex: 'periodLabel' }]
      : []),
    ...(showCustomer
      ? [
          {
            key: 'customer',
            title: t('evaluation.overrides.customer'),
            render: (_: unknown, row: Override) => (
              <Link to={`/customers/${row.customerId}`}>{row.customerName}</Link>
            ),
          },
        ]
      : []),
    {
      key: 'computed',
      title: t('evaluation.overrides.computedTier'),
      render: (_, row) => <TierTag tier={row.computedTier} />,
    },
    {
      key: 'tier',
      title: t('evaluation.overrides.tier'),
      render: (_, row) => <TierTag tier={row.tier} />,
    },
    { key: 'reason', dataIndex: 'reason', title: t('evaluation.overrides.reason') },
    {
      key: 'state',
      title: t('evaluation.overrides.state'),
      render: (_, row) => (
        <Tag color={STATE_COLORS[row.state]}>{t(`evaluation.overrides.states.${row.state}`)}</Tag>
      ),
    },
    {
      key: 'proposed',
      title: t('evaluation.overrides.proposedBy'),
      render: (_, row) => `${row.proposedBy?.name ?? '—'} ${formatDateTime(row.proposedAt)}`,
    },
    {
      key: 'decided',
      title: t('evaluation.overrides.decisionNote'),
      render: (_, row) =>
        row.decidedAt
          ? `${row.decidedBy?.name ?? '—'} ${formatDateTime(row.decidedAt)}${row.decisionNote ? `：${row.decisionNote}` : ''}`
          : '—',
    },
    ...(mayDecide
      ? [
          {
            key: 'actions',
            title: '',
            render: (_: unknown, row: Override) =>
              row.state === 'proposed' && (
                <Button size="small" onClick={() => setDeciding(row)} data-testid="override-decide">
                  {t('evaluation.overrides.approve')} / {t('evaluation.overrides.reject')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={12}>
      <Select
        style={{ width: 160 }}
        allowClear
        placeholder={t('evaluation.overrides.allStates')}
        value={state}
        options={STATES.map((s) => ({ value: s, label: t(`evaluation.overrides.states.${s}`) }))}
        onChange={(next?: OverrideState) => {
          setState(next);
          setPage(1);
        }}
      />
      {list.isError && <Alert type="error" showIcon title={list.error.message} />}
      <Table<Override>
        rowKey="id"
        size="small"
        data-testid="overrides-table"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        locale={{ emptyText: t('evaluation.overrides.empty') }}
        scroll={{ x: 800 }}
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          hideOnSinglePage: true,
          onChange: setPage,
        }}
      />
      {deciding && <OverrideDecisionModal item={deciding} onClose={() => setDeciding(null)} />}
    </Flex>
  );
}
