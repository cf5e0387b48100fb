import { List, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format/date.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { useRatingHistory } from './rating-queries.ts';
import type { RatingLine } from './ratings-api.ts';

/** Who rated what and when (C2.2), newest first; loaded when a line is expanded. */
export function RatingHistoryList({ customerId, line }: { customerId: number; line: RatingLine }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const history = useRatingHistory(customerId, line.indicatorId);
  if (history.isPending) return <Spin size="small" />;
  if (history.isError)
    return <Typography.Text type="danger">{history.error.message}</Typography.Text>;
  const labelOf = (value: number) =>
    line.scale.points.find((p) => p.value === value)?.labels[language] ?? String(value);
  return (
    <List
      size="small"
      header={t('scoring.ratings.history')}
      dataSource={history.data.items}
      locale={{ emptyText: t('scoring.ratings.historyEmpty') }}
      data-testid={`rating-history-${line.indicatorId}`}
      renderItem={(entry) => (
        <List.Item>
          <span>
            {formatDateTime(entry.ratedAt)} · {entry.ratedBy ?? t('common.empty')} ·{' '}
            <Typography.Text strong>{labelOf(entry.value)}</Typography.Text>
            {entry.note && <Typography.Text type="secondary"> — {entry.note}</Typography.Text>}
          </span>
        </List.Item>
      )}
    />
  );
}
