import { SwapOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Flex, List, Modal, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../api/api-error.ts';
import { CustomerCell } from './customer-cell.tsx';
import type { CustomerSummary } from './data-quality-types.ts';
import { useMergeCustomers, useMergePreview } from './data-quality-queries.ts';

type Props = {
  /** The pair; the first is proposed as the file kept. */
  pair: [CustomerSummary, CustomerSummary];
  onClose: () => void;
};

/** Confirms a merge, showing what will move; the versions shown are the ones the server checks. */
export function MergeDialog({ pair, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [[keep, away], setOrder] = useState(pair);
  const preview = useMergePreview(away.id, keep.id, true);
  const merge = useMergeCustomers();
  const error = asApiError(preview.error ?? merge.error, t('error.unknown'));
  const moves = (preview.data?.moves ?? []).filter((move) => move.count > 0);

  const confirm = () => {
    if (!preview.data) return;
    merge.mutate(
      {
        sourceId: away.id,
        targetId: keep.id,
        sourceVersion: preview.data.source.version,
        targetVersion: preview.data.target.version,
      },
      {
        onSuccess: () => {
          void message.success(
            t('dataQuality.merge.done', { source: away.name, target: keep.name }),
          );
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open
      width={720}
      title={t('dataQuality.merge.title')}
      onCancel={onClose}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            danger
            disabled={!preview.data}
            loading={merge.isPending}
            onClick={confirm}
            data-testid="dq-merge-confirm"
          >
            {t('dataQuality.merge.confirm')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={t('dataQuality.merge.keepLabel')}>
            <CustomerCell customer={keep} />
          </Descriptions.Item>
          <Descriptions.Item label={t('dataQuality.merge.sourceLabel')}>
            <CustomerCell customer={away} />
          </Descriptions.Item>
        </Descriptions>
        <div>
          <Button
            icon={<SwapOutlined />}
            onClick={() => setOrder([away, keep])}
            data-testid="dq-merge-swap"
          >
            {t('dataQuality.merge.swap')}
          </Button>
        </div>
        {error && <Alert type="error" showIcon title={error.message} />}
        {preview.isPending ? (
          <Spin />
        ) : (
          <List
            size="small"
            header={
              <Typography.Text strong>
                {moves.length > 0
                  ? t('dataQuality.merge.willMove')
                  : t('dataQuality.merge.nothingToMove')}
              </Typography.Text>
            }
            dataSource={moves}
            data-testid="dq-merge-moves"
            renderItem={(move) => (
              <List.Item>
                <span>{t(`dataQuality.merge.tables.${move.key}`, { defaultValue: move.key })}</span>
                <span>{t('dataQuality.merge.rows', { count: move.count })}</span>
              </List.Item>
            )}
          />
        )}
        <Typography.Text type="secondary">{t('dataQuality.merge.afterwards')}</Typography.Text>
      </Flex>
    </Modal>
  );
}
