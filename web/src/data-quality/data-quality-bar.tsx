import { CheckCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../api/api-error.ts';
import { formatDateTime } from '../format/date.ts';
import { CompletenessBadge } from './completeness-badge.tsx';
import { useCustomerDataQuality, useMarkReviewed } from './data-quality-queries.ts';

/**
 * The 360 header's data-quality line (C1.11): completeness with the missing fields, whether the
 * file was reviewed this quarter (Beijing quarters), and "标记为已复核" for whoever may edit it.
 */
export function DataQualityBar({ customerId }: { customerId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const quality = useCustomerDataQuality(customerId);
  const review = useMarkReviewed();
  if (!quality.data) return null;
  const dq = quality.data;
  const help = t('dataQuality.reviewHelp', { year: dq.quarter.year, quarter: dq.quarter.quarter });
  const last = dq.lastReviewedAt
    ? t('dataQuality.reviewedAt', { at: formatDateTime(dq.lastReviewedAt) })
    : t('dataQuality.neverReviewed');

  const markReviewed = () =>
    review.mutate(
      { id: customerId, version: dq.version },
      {
        onSuccess: () => void message.success(t('dataQuality.markedReviewed')),
        onError: (error) => {
          const apiError = asApiError(error, t('error.unknown'));
          void message.error(
            apiError?.status === 412 ? t('dataQuality.staleReload') : apiError?.message,
          );
        },
      },
    );

  return (
    <Space size={8} wrap>
      <CompletenessBadge score={dq.completeness} missingFields={dq.missingFields} />
      <Tooltip
        title={
          <>
            <div>{last}</div>
            <div>{help}</div>
          </>
        }
      >
        {dq.reviewedThisQuarter ? (
          <Tag icon={<CheckCircleOutlined />} color="success" data-testid="review-status">
            {t('dataQuality.reviewed')}
          </Tag>
        ) : (
          <Tag icon={<ExclamationCircleOutlined />} color="warning" data-testid="review-status">
            {t('dataQuality.notReviewed')}
          </Tag>
        )}
      </Tooltip>
      {dq.permissions.review && (
        <Popconfirm title={t('dataQuality.markReviewedConfirm')} onConfirm={markReviewed}>
          <Button size="small" loading={review.isPending} data-testid="review-mark">
            {t('dataQuality.markReviewed')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
