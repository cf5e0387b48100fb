import { PlusOutlined, SolutionOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { formatDateTime } from '../format/date.ts';
import type { RunListItem } from './evaluation-types.ts';
import { useRuns } from './evaluation-queries.ts';
import { NewRunModal } from './new-run-modal.tsx';
import { RunStateTag } from './run-state-tag.tsx';
import { useMayDriveRuns } from './use-may-drive-runs.ts';

const PAGE_SIZE = 20;

/** /scoring/runs — 评估: the runs the viewer may see (unpublished ones only for the committee). */
export function RunListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const runs = useRuns(page, PAGE_SIZE);
  const mayDrive = useMayDriveRuns();
  const [creating, setCreating] = useState(false);

  const columns: ColumnsType<RunListItem> = [
    {
      key: 'period',
      title: t('evaluation.list.period'),
      render: (_, run) => <Link to={`/scoring/runs/${run.id}`}>{run.periodLabel}</Link>,
    },
    {
      key: 'model',
      title: t('evaluation.list.model'),
      render: (_, run) =>
        `${run.modelKey} · ${t('evaluation.list.modelVersion', { version: run.modelVersion })}`,
    },
    {
      key: 'state',
      title: t('evaluation.list.state'),
      render: (_, run) => <RunStateTag state={run.state} />,
    },
    {
      key: 'scored',
      title: t('evaluation.list.scored'),
      align: 'right',
      render: (_, run) => run.scoredCount ?? t('common.empty'),
    },
    {
      key: 'createdAt',
      title: t('evaluation.list.createdAt'),
      render: (_, run) => formatDateTime(run.createdAt),
    },
    {
      key: 'publishedAt',
      title: t('evaluation.list.publishedAt'),
      render: (_, run) => formatDateTime(run.publishedAt),
    },
    {
      key: 'appealClosesAt',
      title: t('evaluation.list.appealClosesAt'),
      render: (_, run) => formatDateTime(run.appealClosesAt),
    },
    {
      key: 'finalisedAt',
      title: t('evaluation.list.finalisedAt'),
      render: (_, run) => formatDateTime(run.finalisedAt),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('evaluation.list.title')}
        </Typography.Title>
        <Flex gap={8}>
          <Button
            icon={<SolutionOutlined />}
            onClick={() => void navigate('/scoring/appeals/mine')}
          >
            {t('evaluation.list.myAppeals')}
          </Button>
          {mayDrive && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="new-run"
            >
              {t('evaluation.list.create')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('evaluation.list.intro')}
      </Typography.Paragraph>
      <Card>
        {runs.isError && <Alert type="error" showIcon title={runs.error.message} />}
        <Table<RunListItem>
          rowKey="id"
          data-testid="run-table"
          columns={columns}
          dataSource={runs.data?.items ?? []}
          loading={runs.isFetching}
          locale={{ emptyText: t('evaluation.list.empty') }}
          onRow={(run) => ({
            onClick: () => void navigate(`/scoring/runs/${run.id}`),
            style: { cursor: 'pointer' },
          })}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: runs.data?.total ?? 0,
            showSizeChanger: false,
            onChange: (next) => setParams(next === 1 ? {} : { page: String(next) }),
          }}
        />
      </Card>
      <NewRunModal open={creating} onClose={() => setCreating(false)} />
    </Flex>
  );
}
