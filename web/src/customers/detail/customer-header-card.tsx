import { ApartmentOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Customer360 } from '../../api/types.ts';
import { useCodeLabel } from '../../i18n/use-code-label.ts';
import { useFieldLabel } from '../../i18n/use-field-label.ts';
import { TierTag } from '../tier-tag.tsx';
import { DataQualityBar } from '../../data-quality/data-quality-bar.tsx';

export function CustomerHeaderCard({ data }: { data: Customer360 }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const field = useFieldLabel();
  const label = useCodeLabel();
  const { customer, orgUnit } = data;

  return (
    <Card>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <Flex vertical gap={8}>
          <Space size={12} wrap>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="customer-name">
              {customer.name}
            </Typography.Title>
            {customer.shortName && (
              <Typography.Text type="secondary">（{customer.shortName}）</Typography.Text>
            )}
            <TierTag tier={customer.tier} source={customer.tierSource} />
            {customer.kaLevel !== 'none' && (
              <Tag color="gold">{label('kaLevel', customer.kaLevel)}</Tag>
            )}
            <Tag color="processing">{label('lifecycleStatus', customer.lifecycleStatus)}</Tag>
          </Space>
          <Space size={16} wrap>
            <span>
              <Typography.Text type="secondary">{field('creditCode')}</Typography.Text>{' '}
              <Typography.Text code copyable={{ text: customer.creditCode }}>
                {customer.creditCode}
              </Typography.Text>
            </span>
            {customer.creditCodeCheckWaiver && (
              <Tooltip title={customer.creditCodeCheckWaiver}>
                <Tag color="warning">{t('detail.waiverTag')}</Tag>
              </Tooltip>
            )}
          </Space>
          <DataQualityBar customerId={customer.id} />
        </Flex>
        {data.permissions.edit && (
          <Button
            type="primary"
            icon={<EditOutlined />}
            onClick={() => void navigate(`/customers/${customer.id}/edit`)}
            data-testid="customer-edit"
          >
            {t('detail.edit')}
          </Button>
        )}
      </Flex>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} style={{ marginTop: 16 }}>
        <Descriptions.Item label={field('orgUnitId')}>
          <ApartmentOutlined style={{ marginRight: 4 }} />
          {orgUnit.name}
        </Descriptions.Item>
        <Descriptions.Item label={field('industry')}>
          {label('industry', customer.industry)}
        </Descriptions.Item>
        <Descriptions.Item label={field('relationshipLevel')}>
          {label('relationshipLevel', customer.relationshipLevel)}
        </Descriptions.Item>
        <Descriptions.Item label={field('relationshipStage')}>
          {label('relationshipStage', customer.relationshipStage)}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
