import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Customer360 } from '../../api/types.ts';
import { formatDate } from '../../format/date.ts';
import { useMoney } from '../../format/use-money.ts';

export function PurchaseStats({ purchases }: { purchases: Customer360['purchases'] }) {
  const { t } = useTranslation();
  const money = useMoney();
  // Amounts are absent for readers who may not see them (C7.3): 无权查看, never an empty total.
  const amount = (value: string | undefined) =>
    value === undefined ? t('common.notPermitted') : money(value);
  // Formatted as text: Statistic's own number formatting would go through a float.
  const items = [
    { key: 'last12Months', value: amount(purchases.last12Months) },
    { key: 'lifetime', value: amount(purchases.lifetime) },
    { key: 'lastPurchaseOn', value: formatDate(purchases.lastPurchaseOn) },
    {
      key: 'orders12Months',
      value:
        `${purchases.orders12Months.toLocaleString()} ${t('detail.purchases.ordersUnit')}`.trim(),
    },
  ] as const;
  return (
    <Row gutter={[16, 16]}>
      {items.map((item) => (
        <Col key={item.key} xs={24} sm={12} xl={6}>
          <Card size="small">
            <Statistic
              title={t(`detail.purchases.${item.key}`)}
              value={item.value}
              data-testid={`purchase-${item.key}`}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
