import { Alert, Button, Flex, Select, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignedInUser } from '../auth/use-me.ts';
import { TierTag } from '../customers/tier-tag.tsx';
import { formatDateTime } from '../format/date.ts';
import { AppealAnswerModal } from './appeal-answer-modal.tsx';
import { AppealAssignModal } from './appeal-assign-modal.tsx';
import { AppealDetails } from './appeal-details.tsx';
import { AppealOutcome } from './appeal-outcome.tsx';
import type { Appeal, AppealState } from './evaluation-types.ts';
import { useAppeals, type CaseScope } from './tier-case-queries.ts';

const STATES: readonly AppealState[] = ['filed', 'assigned', 'decided'];
const STATE_COLORS: Record<AppealState, string> = {
  filed: 'orange',
  assigned: 'blue',
  decided: 'green',
};

type Props = { scope: CaseScope; showCustomer: boolean; showRun: boolean };

/**
 * 申诉 of a run, a customer or the viewer. Each row opens to its details and answer. The
 * committee assigns (the list's `assign` permission); the named investigator answers.
 */
export function AppealsTable({ scope, showCustomer, showRun }: Props) {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const [state, setState] = useState<AppealState>();
  const [page, setPage] = useState(1);
  const [assigning, setAssigning] = useState<Appeal | null>(null);
  const [answering, setAnswering] = useState<Appeal | null>(null);
  const list = useAppeals(scope, { page, pageSize: 20, ...(state ? { state } : {}) });
  const mayAssign = list.data?.permissions.assign ?? false;
  const open = (row: Appeal) => row.state !== 'decided' && row.runState !== 'final';
  const isInvestigator = (row: Appeal) => row.details?.investigator?.id === me.id;

  const columns: ColumnsType<Appeal> = [
    ...(showRun
      ? [{ key: 'run', title: t('evaluation.mine.period'), dataIndex: 'periodLabel' }]
      : []),
    ...(showCustomer
      ? [
          {
            key: 'customer',
            title: t('evaluation.appeals.customer'),
            render: (_: unknown, row: Appeal) => (
              <Link to={`/customers/${row.customerId}`}>{row.customerName}</Link>
            ),
          },
        ]
      : []),
    {
      key: 'computed',
      title: t('evaluation.appeals.computedTier'),
      render: (_, row) => <TierTag tier={row.computedTier} />,
    },
    {
      key: 'filedAt',
      title: t('evaluation.appeals.filedAt'),
      render: (_, row) => formatDateTime(row.filedAt),
    },
    {
      key: 'state',
      title: t('evaluation.appeals.state'),
      render: (_, row) => (
        <Tag color={STATE_COLORS[row.state]} data-testid={`appeal-state-${row.state}`}>
          {t(`evaluation.appeals.states.${row.state}`)}
        </Tag>
      ),
    },
    {
      key: 'investigator',
      title: t('evaluation.appeals.investigator'),
      render: (_, row) => row.details?.investigator?.name ?? '—',
    },
    {
      key: 'outcome',
      title: t('evaluation.appeals.outcome'),
      render: (_, row) => <AppealOutcome item={row} />,
    },
    {
      key: 'actions',
      title: '',
      render: (_, row) =>
        open(row) && (
          <Flex gap={4}>
            {mayAssign && (
              <Button size="small" onClick={() => setAssigning(row)} data-testid="appeal-assign">
                {t(
                  row.state === 'filed'
                    ? 'evaluation.appeals.assign'
                    : 'evaluation.appeals.reassign',
                )}
              </Button>
            )}
            {row.state === 'assigned' && isInvestigator(row) && (
              <Button
                size="small"
                type="primary"
                onClick={() => setAnswering(row)}
                data-testid="appeal-answer-open"
              >
                {t('evaluation.appeals.answerAction')}
              </Button>
            )}
          </Flex>
        ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Select
        style={{ width: 160 }}
        allowClear
        placeholder={t('evaluation.appeals.allStates')}
        value={state}
        options={STATES.map((s) => ({ value: s, label: t(`evaluation.appeals.states.${s}`) }))}
        onChange={(next?: AppealState) => {
          setState(next);
          setPage(1);
        }}
      />
      {list.isError && <Alert type="error" showIcon title={list.error.message} />}
      <Table<Appeal>
        rowKey="id"
        size="small"
        data-testid="appeals-table"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        locale={{ emptyText: t('evaluation.appeals.empty') }}
        expandable={{ expandedRowRender: (row) => <AppealDetails item={row} /> }}
        scroll={{ x: 800 }}
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          hideOnSinglePage: true,
          onChange: setPage,
        }}
      />
      {assigning && <AppealAssignModal item={assigning} onClose={() => setAssigning(null)} />}
      {answering && <AppealAnswerModal item={answering} onClose={() => setAnswering(null)} />}
    </Flex>
  );
}
