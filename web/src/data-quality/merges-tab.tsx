import { Alert, App, Button, Popconfirm, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { asApiError } from '../api/api-error.ts';
import { formatDateTime } from '../format/date.ts';
import type { MergeListItem } from './data-quality-types.ts';
import { useMerges, useUnmerge } from './data-quality-queries.ts';

const PAGE_SIZE = 20;

/** Merges whose kept file the user may see; the latest one still in effect can be undone. */
export function MergesTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const merges = useMerges(page, PAGE_SIZE);
  const unmerge = useUnmerge();
  const moved = (item: MergeListItem) =>
    item.moved
      .filter((move) => move.count > 0)
      .map(
        (move) =>
          `${t(`dataQuality.merge.tables.${move.key}`, { defaultValue: move.key })} ${move.count}`,
      )
      .join(t('dataQuality.merges.separator'));

  const undo = (item: MergeListItem) =>
    unmerge.mutate(item.auditId, {
      onSuccess: () => void message.success(t('dataQuality.merges.unmerged')),
      onError: (error) => void message.error(asApiError(error, t('error.unknown'))?.message),
    });

  return (
    <>
      {merges.isError && <Alert type="error" showIcon title={merges.error.message} />}
      <Table<MergeListItem>
        data-testid="dq-merges"
        rowKey="auditId"
        size="middle"
        loading={merges.isFetching}
        dataSource={merges.data?.items ?? []}
        locale={{ emptyText: t('dataQuality.merges.empty') }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: merges.data?.total ?? 0,
          showTotal: (total) => t('dataQuality.merges.total', { total }),
          onChange: setPage,
        }}
        columns={[
          {
            key: 'at',
            dataIndex: 'at',
            title: t('dataQuality.merges.at'),
            width: 150,
            render: formatDateTime,
          },
          {
            key: 'actor',
            dataIndex: 'actorName',
            title: t('dataQuality.merges.actor'),
            width: 110,
          },
          {
            key: 'source',
            title: t('dataQuality.merges.source'),
            // The merged file is hidden while the merge is in effect; link it once it is back.
            render: (_, item) =>
              item.inEffect ? (
                <Typography.Text delete>{item.sourceName}</Typography.Text>
              ) : (
                <Link to={`/customers/${item.sourceId}`}>{item.sourceName}</Link>
              ),
          },
          {
            key: 'target',
            title: t('dataQuality.merges.target'),
            render: (_, item) => <Link to={`/customers/${item.targetId}`}>{item.targetName}</Link>,
          },
          { key: 'moved', title: t('dataQuality.merges.moved'), render: (_, item) => moved(item) },
          {
            key: 'status',
            title: t('dataQuality.merges.status'),
            width: 120,
            render: (_, item) =>
              item.inEffect ? (
                <Tag color="processing">{t('dataQuality.merges.inEffect')}</Tag>
              ) : (
                <Tag>{t('dataQuality.merges.undone')}</Tag>
              ),
          },
          {
            key: 'action',
            width: 120,
            render: (_, item) =>
              item.reversible && (
                <Popconfirm
                  title={t('dataQuality.merges.unmergeConfirm', { source: item.sourceName })}
                  onConfirm={() => undo(item)}
                >
                  <Button danger loading={unmerge.isPending} data-testid="dq-unmerge">
                    {t('dataQuality.merges.unmerge')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </>
  );
}
