import { QuestionCircleOutlined } from '@ant-design/icons';
import { Card, Col, Row, Statistic, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { NotPermittedCard, type Shown } from '../../access/not-permitted.tsx';
import { useMoney } from '../../format/use-money.ts';
import type { PaymentStats } from '../api/record-types.ts';

/**
 * The customer's payment record (C1.8), computed by the server as of today; absent for readers
 * who may not see confidential figures (C7.3), who get the 无权查看 marker instead.
 */
export function PaymentStatsCard({ stats: given }: { stats: PaymentStats | undefined }) {
  const { t } = useTranslation();
  const money = useMoney();
  if (given === undefined)
    return <NotPermittedCard title={t('records.stats.title')} testId="payment-stats" />;
  const stats = given as Shown<PaymentStats>;
  const days = (value: number | null) =>
    value === null ? '—' : t('records.stats.days', { days: value });
  // Shown as text: Statistic's own number formatting would pass amounts through a float.
  const rate =
    stats.onTimeRate === null ? '—' : `${(Math.round(stats.onTimeRate * 1000) / 10).toFixed(1)}%`;
  const items = [
    {
      key: 'onTimeRate',
      value: rate,
      suffix: t('records.stats.onTimeDetail', {
        onTime: stats.onTimeCount,
        decided: stats.decidedCount,
      }),
      help: t('records.stats.rateHelp'),
    },
    {
      key: 'overdueCount',
      value: `${stats.overdueCount} ${t('records.stats.overdueUnit')}`.trim(),
    },
    { key: 'overdueAmount', value: money(stats.overdueAmount) },
    { key: 'maxOverdueDays', value: days(stats.maxOverdueDays) },
    { key: 'avgOverdueDays', value: days(stats.avgOverdueDays) },
    { key: 'outstandingAmount', value: money(stats.outstandingAmount) },
  ];
  return (
    <Card size="small" title={t('records.stats.title')} data-testid="payment-stats">
      <Row gutter={[16, 16]}>
        {items.map((item) => (
          <Col key={item.key} xs={12} md={8} xl={4}>
            <Statistic
              title={
                <>
                  {t(`records.stats.${item.key}`)}
                  {item.help && (
                    <Tooltip title={item.help}>
                      <QuestionCircleOutlined style={{ marginLeft: 4 }} />
                    </Tooltip>
                  )}
                </>
              }
              value={item.value}
              suffix={item.suffix && <small style={{ fontSize: 12 }}>{item.suffix}</small>}
              data-testid={`stat-${item.key}`}
            />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
