import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PAYMENT_RULES } from '../../../../src/domain/validation/record-rules.ts';
import { NotPermitted, shownOr } from '../../access/not-permitted.tsx';
import { formatDate } from '../../format/date.ts';
import { useMoney } from '../../format/use-money.ts';
import { useFieldLabel } from '../../i18n/use-field-label.ts';
import type { Payment, PaymentInput, PaymentStats } from '../api/record-types.ts';
import { recordsApi } from '../api/records-api.ts';
import { PaymentStatsCard } from '../credit/payment-stats-card.tsx';
import { fieldsOf } from '../form/form-fields.ts';
import { RecordTab } from './record-tab.tsx';

const PREFIX = 'payment.';
const FIELDS = fieldsOf(PAYMENT_RULES, {
  paidOn: { hint: 'payments.paidHint' },
  notes: { widget: 'textarea' },
});

const STANDING_COLORS: Record<NonNullable<Payment['standing']>, string> = {
  paid_on_time: 'success',
  paid_late: 'warning',
  overdue: 'error',
  not_due: 'default',
};

type Props = { customerId: number; active: boolean; stats: PaymentStats | undefined };

/**
 * Invoices and their payment (C1.8), with the customer's payment record on top. Amounts, dates
 * and standing are confidential (C7.3): without access only the invoice numbers remain, the
 * other cells say 无权查看.
 */
export function PaymentsTab({ customerId, active, stats }: Props) {
  const { t } = useTranslation();
  const money = shownOr(useMoney());
  const date = shownOr(formatDate);
  const label = useFieldLabel();
  const title = (field: string) => label(PREFIX + field);
  const api = recordsApi.payments;
  const standing = (payment: Payment) => {
    if (payment.standing === undefined) return <NotPermitted />;
    const days =
      payment.days === null || payment.days === undefined
        ? ''
        : t(`records.payments.${payment.standing === 'overdue' ? 'daysOverdue' : 'daysLate'}`, {
            days: payment.days,
          });
    return (
      <Flex vertical gap={2}>
        <Tag color={STANDING_COLORS[payment.standing]} style={{ width: 'fit-content' }}>
          {t(`records.payments.standing.${payment.standing}`)}
        </Tag>
        {days && <Typography.Text type="secondary">{days}</Typography.Text>}
      </Flex>
    );
  };
  return (
    <Flex vertical gap={16}>
      <PaymentStatsCard stats={stats} />
      <RecordTab<Payment>
        customerId={customerId}
        kind="payments"
        active={active}
        prefix={PREFIX}
        fields={FIELDS}
        titles={{
          add: t('records.payments.addTitle'),
          edit: t('records.payments.editTitle'),
          empty: t('records.payments.empty'),
        }}
        list={(page) => api.list(customerId, page)}
        create={(values) => api.create(customerId, values as PaymentInput)}
        update={(item, values) =>
          api.update(customerId, item.id, String(item.version), values as PaymentInput)
        }
        columns={[
          { key: 'invoiceNo', dataIndex: 'invoiceNo', title: title('invoiceNo'), ellipsis: true },
          { key: 'issuedOn', dataIndex: 'issuedOn', title: title('issuedOn'), render: date },
          { key: 'dueOn', dataIndex: 'dueOn', title: title('dueOn'), render: date },
          {
            key: 'amount',
            dataIndex: 'amount',
            title: title('amount'),
            align: 'right',
            render: money,
          },
          { key: 'paidOn', dataIndex: 'paidOn', title: title('paidOn'), render: date },
          {
            key: 'paidAmount',
            dataIndex: 'paidAmount',
            title: title('paidAmount'),
            align: 'right',
            render: money,
          },
          { key: 'standing', title: t('records.stats.title'), render: (_, p) => standing(p) },
          {
            key: 'externalId',
            dataIndex: 'externalId',
            title: title('externalId'),
            ellipsis: true,
          },
        ]}
      />
    </Flex>
  );
}
