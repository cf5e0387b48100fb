import { Alert, Flex, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { TierTag } from '../customers/tier-tag.tsx';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import type {
  RunReview,
  RunScoreRow,
  RunScoresQuery,
  Tier,
  TierChange,
} from './evaluation-types.ts';
import { useRunScores } from './evaluation-queries.ts';
import { TierChangeTag } from './tier-change-tag.tsx';
import { TierSourceMark } from './tier-source-mark.tsx';
import { useTierOptions } from './use-tier-options.ts';

const CHANGES: readonly TierChange[] = ['up', 'down', 'same', 'new'];
const PAGE_SIZES = [20, 50, 100];

/** The filters and page live in the URL (r* keys), so a filtered list can be shared. */
function useResultParams(): [RunScoresQuery, (next: Partial<RunScoresQuery>) => void] {
  const [params, setParams] = useSearchParams();
  const number = (key: string) => Number(params.get(key)) || undefined;
  const query: RunScoresQuery = {
    page: number('rpage') ?? 1,
    pageSize: number('rsize') ?? 20,
    ...(params.get('tier') ? { tier: params.get('tier') as Tier } : {}),
    ...(params.get('change') ? { change: params.get('change') as TierChange } : {}),
    ...(number('org') ? { orgUnitId: number('org') } : {}),
  };
  const update = (next: Partial<RunScoresQuery>) => {
    const merged = { ...query, page: 1, ...next };
    setParams(
      (old) => {
        const out = new URLSearchParams(old);
        const set = (key: string, value: string | number | undefined) =>
          value === undefined || value === '' ? out.delete(key) : out.set(key, String(value));
        set('rpage', merged.page === 1 ? undefined : merged.page);
        set('rsize', merged.pageSize === 20 ? undefined : merged.pageSize);
        set('tier', merged.tier);
        set('change', merged.change);
        set('org', merged.orgUnitId);
        return out;
      },
      { replace: true },
    );
  };
  return [query, update];
}

/** 评估结果: every scored customer of the run in scope, paged on the server. */
export function RunResults({ review }: { review: RunReview }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const tierOptions = useTierOptions();
  const [query, update] = useResultParams();
  const scores = useRunScores(review.run.id, query, true);
  const orgUnits = [...new Map(review.byOrgUnit.map((row) => [row.key, row.label])).entries()];

  const columns: ColumnsType<RunScoreRow> = [
    {
      key: 'name',
      title: t('evaluation.results.customer'),
      render: (_, row) => <Link to={`/customers/${row.customerId}`}>{row.name}</Link>,
    },
    { key: 'orgUnit', dataIndex: 'orgUnitName', title: t('evaluation.results.orgUnit') },
    {
      key: 'industry',
      title: t('evaluation.results.industry'),
      render: (_, row) => label('industry', row.industry),
    },
    { key: 'total', dataIndex: 'total', title: t('evaluation.results.total'), align: 'right' },
    {
      key: 'tier',
      title: t('evaluation.results.tier'),
      render: (_, row) => <TierTag tier={row.tier} />,
    },
    {
      key: 'previous',
      title: t('evaluation.results.previous'),
      render: (_, row) =>
        row.previousTier ? `${label('tier', row.previousTier)} (${row.previousTotal ?? ''})` : '—',
    },
    {
      key: 'change',
      title: t('evaluation.results.change'),
      render: (_, row) => <TierChangeTag change={row.change} />,
    },
    {
      key: 'current',
      title: t('evaluation.results.current'),
      render: (_, row) => (
        <>
          <TierTag tier={row.currentTier} />
          <TierSourceMark source={row.currentTierSource} />
        </>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap>
        <Select
          style={{ minWidth: 200 }}
          allowClear
          placeholder={t('evaluation.results.allTiers')}
          value={query.tier}
          options={tierOptions}
          onChange={(tier?: Tier) => update({ tier })}
          data-testid="results-tier"
        />
        <Select
          style={{ minWidth: 140 }}
          allowClear
          placeholder={t('evaluation.results.allChanges')}
          value={query.change}
          options={CHANGES.map((change) => ({
            value: change,
            label: t(`evaluation.change.${change}`),
          }))}
          onChange={(change?: TierChange) => update({ change })}
          data-testid="results-change"
        />
        <Select
          style={{ minWidth: 160 }}
          allowClear
          placeholder={t('evaluation.results.allOrgUnits')}
          value={query.orgUnitId}
          options={orgUnits.map(([key, name]) => ({ value: Number(key), label: name ?? key }))}
          onChange={(orgUnitId?: number) => update({ orgUnitId })}
        />
      </Flex>
      {scores.isError && <Alert type="error" showIcon title={scores.error.message} />}
      <Table<RunScoreRow>
        rowKey="customerId"
        size="middle"
        data-testid="run-results"
        columns={columns}
        dataSource={scores.data?.items ?? []}
        loading={scores.isFetching}
        scroll={{ x: 960 }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: scores.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES.map(String),
          showTotal: (total) => t('evaluation.results.count', { total }),
          onChange: (page, pageSize) =>
            update(pageSize === query.pageSize ? { page } : { page: 1, pageSize }),
        }}
      />
    </Flex>
  );
}
