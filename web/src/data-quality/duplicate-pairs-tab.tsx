import { Alert, Button, Flex, Progress, Table, Tooltip, TreeSelect, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildOrgUnitTree } from '../customers/org-unit-tree.ts';
import { useOrgUnits } from '../customers/queries.ts';
import { CustomerCell } from './customer-cell.tsx';
import type { CustomerSummary, DuplicatePair } from './data-quality-types.ts';
import { useDuplicatePairs } from './data-quality-queries.ts';
import { MergeDialog } from './merge-dialog.tsx';

const PAGE_SIZE = 20;

/** The fuller file is proposed as the one kept; the user may swap in the dialog. */
function proposedOrder(pair: DuplicatePair): [CustomerSummary, CustomerSummary] {
  return pair.b.completeness > pair.a.completeness ? [pair.b, pair.a] : [pair.a, pair.b];
}

export function DuplicatePairsTab() {
  const { t } = useTranslation();
  const orgUnits = useOrgUnits();
  const [page, setPage] = useState(1);
  const [orgUnitId, setOrgUnitId] = useState<number | undefined>();
  const pairs = useDuplicatePairs({
    page,
    pageSize: PAGE_SIZE,
    ...(orgUnitId ? { orgUnitId } : {}),
  });
  const [merging, setMerging] = useState<[CustomerSummary, CustomerSummary] | null>(null);

  return (
    <Flex vertical gap={16}>
      <Flex gap={12} align="center" wrap>
        <TreeSelect
          allowClear
          showSearch
          treeDefaultExpandAll
          placeholder={t('dataQuality.duplicates.allRegions')}
          value={orgUnitId}
          treeData={orgUnits.data ? buildOrgUnitTree(orgUnits.data) : []}
          treeNodeFilterProp="title"
          onChange={(value: number | undefined) => {
            setOrgUnitId(value);
            setPage(1);
          }}
          style={{ width: 220 }}
        />
        <Tooltip title={t('dataQuality.duplicates.how')}>
          <Typography.Link>{t('dataQuality.duplicates.howTitle')}</Typography.Link>
        </Tooltip>
      </Flex>
      {pairs.isError && <Alert type="error" showIcon title={pairs.error.message} />}
      <Table<DuplicatePair>
        data-testid="dq-duplicates"
        rowKey={(pair) => `${pair.a.id}-${pair.b.id}`}
        size="middle"
        loading={pairs.isFetching}
        dataSource={pairs.data?.items ?? []}
        locale={{ emptyText: t('dataQuality.duplicates.empty') }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: Math.min(pairs.data?.total ?? 0, 100 * PAGE_SIZE),
          showSizeChanger: false,
          showTotal: () => t('dataQuality.duplicates.total', { total: pairs.data?.total ?? 0 }),
          onChange: setPage,
        }}
        columns={[
          {
            key: 'score',
            title: t('dataQuality.duplicates.score'),
            width: 120,
            render: (_, pair) => (
              <Progress percent={Math.round(pair.score * 100)} size="small" status="normal" />
            ),
          },
          {
            key: 'a',
            title: t('dataQuality.duplicates.a'),
            render: (_, pair) => <CustomerCell customer={pair.a} />,
          },
          {
            key: 'b',
            title: t('dataQuality.duplicates.b'),
            render: (_, pair) => <CustomerCell customer={pair.b} />,
          },
          {
            key: 'action',
            width: 110,
            render: (_, pair) =>
              pair.mergeable ? (
                <Button onClick={() => setMerging(proposedOrder(pair))} data-testid="dq-merge">
                  {t('dataQuality.duplicates.merge')}
                </Button>
              ) : (
                <Tooltip title={t('dataQuality.duplicates.notMergeable')}>
                  <Button disabled>{t('dataQuality.duplicates.merge')}</Button>
                </Tooltip>
              ),
          },
        ]}
      />
      {merging && <MergeDialog pair={merging} onClose={() => setMerging(null)} />}
    </Flex>
  );
}
