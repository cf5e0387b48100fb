import { PaperClipOutlined } from '@ant-design/icons';
import { Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TierTag } from '../customers/tier-tag.tsx';
import { formatDateTime } from '../format/date.ts';
import type { Appeal } from './evaluation-types.ts';
import { AppealOutcome } from './appeal-outcome.tsx';
import { attachmentUrl } from './tier-cases-api.ts';
import { useAttachments } from './tier-case-queries.ts';

/**
 * The appeal's reason, investigation and answer. The server sends `details` only to the
 * appeal's circle (filer, investigator, committee…); anyone else sees that it exists.
 */
export function AppealDetails({ item }: { item: Appeal }) {
  const { t } = useTranslation();
  const details = item.details;
  const files = useAttachments(item.id, (details?.attachmentCount ?? 0) > 0);
  if (!details) {
    return (
      <Typography.Text type="secondary">{t('evaluation.appeals.hiddenDetails')}</Typography.Text>
    );
  }
  return (
    <Descriptions size="small" column={1} bordered data-testid={`appeal-details-${item.id}`}>
      <Descriptions.Item label={t('evaluation.appeals.reason')}>
        <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{details.reason}</Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('evaluation.appeals.requestedTier')}>
        {details.requestedTier ? <TierTag tier={details.requestedTier} /> : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('evaluation.appeals.filedBy')}>
        {details.filedBy?.name ?? '—'} {formatDateTime(item.filedAt)}
      </Descriptions.Item>
      <Descriptions.Item label={t('evaluation.appeals.attachments')}>
        {details.attachmentCount === 0 ? (
          t('evaluation.appeals.noAttachments')
        ) : (
          <Flex vertical gap={4}>
            {(files.data?.items ?? []).map((file) => (
              <a key={file.id} href={attachmentUrl(item.id, file.id)} download={file.fileName}>
                <PaperClipOutlined /> {file.fileName}
              </a>
            ))}
          </Flex>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('evaluation.appeals.investigator')}>
        {details.investigator?.name ?? '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('evaluation.appeals.outcome')}>
        <AppealOutcome item={item} />
      </Descriptions.Item>
      <Descriptions.Item label={t('evaluation.appeals.answer')}>
        <Typography.Text style={{ whiteSpace: 'pre-wrap' }} data-testid="appeal-answer">
          {details.answer ?? '—'}
        </Typography.Text>
        {item.decidedAt && (
          <Typography.Text type="secondary">
            {' '}
            （{details.decidedBy?.name ?? ''} {formatDateTime(item.decidedAt)}）
          </Typography.Text>
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}
