import { Alert, Button, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format/date.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { RatingDrawer } from './rating-drawer.tsx';
import { RatingHistoryList } from './rating-history.tsx';
import { useRatings } from './rating-queries.ts';
import type { RatingLine } from './ratings-api.ts';

/**
 * 人工评价指标 of a customer (C2.2): each rated indicator of the adopted model with its current
 * point, who rated it and when; an unrated one is marked 未评 with the default that will count.
 * Those who may rate (the account's manager, the region's manager, the director) get an edit
 * action: the API says so in `mayRate`.
 */
export function RatingsPanel({ customerId, active }: { customerId: number; active: boolean }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const ratings = useRatings(customerId, active);
  const [editing, setEditing] = useState<RatingLine | null>(null);
  if (ratings.isError) return <Alert type="error" showIcon title={ratings.error.message} />;
  const data = ratings.data;
  if (data && data.modelVersionId === null) {
    return <Alert type="info" showIcon title={t('scoring.ratings.noModel')} />;
  }
  const pointOf = (line: RatingLine, value: number) =>
    line.scale.points.find((p) => p.value === value);

  return (
    <Flex vertical gap={8} data-testid="ratings-panel">
      <Typography.Text type="secondary">{t('scoring.ratings.intro')}</Typography.Text>
      <Table
        rowKey="indicatorId"
        size="small"
        loading={ratings.isPending}
        pagination={false}
        dataSource={data?.lines ?? []}
        expandable={{
          expandedRowRender: (line) => <RatingHistoryList customerId={customerId} line={line} />,
        }}
        columns={[
          {
            title: t('scoring.ratings.indicator'),
            key: 'indicator',
            render: (_, line) => line.labels[language],
          },
          {
            title: t('scoring.ratings.current'),
            key: 'current',
            render: (_, line) => {
              if (line.value === null) {
                const fallback = pointOf(line, line.scale.defaultValue);
                return (
                  <Flex gap={4} align="center" wrap data-testid={`rating-${line.indicatorId}`}>
                    <Tag color="orange">{t('scoring.ratings.notRated')}</Tag>
                    <Typography.Text type="secondary">
                      {t('scoring.ratings.defaultUsed', {
                        label: fallback?.labels[language] ?? line.scale.defaultValue,
                        score: fallback?.score ?? '—',
                      })}
                    </Typography.Text>
                  </Flex>
                );
              }
              const point = pointOf(line, line.value);
              return (
                <Flex gap={4} align="center" data-testid={`rating-${line.indicatorId}`}>
                  <Typography.Text strong>{point?.labels[language] ?? line.value}</Typography.Text>
                  {point && <Typography.Text type="secondary">（{point.score}）</Typography.Text>}
                  {!line.onScale && <Tag color="red">{t('scoring.ratings.offScale')}</Tag>}
                </Flex>
              );
            },
          },
          {
            title: t('scoring.ratings.ratedBy'),
            key: 'by',
            render: (_, line) => line.ratedBy ?? t('common.empty'),
          },
          {
            title: t('scoring.ratings.ratedAt'),
            key: 'at',
            render: (_, line) => formatDateTime(line.ratedAt),
          },
          {
            title: t('scoring.ratings.note'),
            key: 'note',
            ellipsis: true,
            render: (_, line) => line.note ?? t('common.empty'),
          },
          ...(data?.mayRate
            ? [
                {
                  title: '',
                  key: 'rate',
                  width: 80,
                  render: (_: unknown, line: RatingLine) => (
                    <Button
                      size="small"
                      onClick={() => setEditing(line)}
                      data-testid={`rate-${line.indicatorId}`}
                    >
                      {t('scoring.ratings.rate')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <RatingDrawer customerId={customerId} line={editing} onClose={() => setEditing(null)} />
      )}
    </Flex>
  );
}
