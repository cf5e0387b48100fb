import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Transaction } from '../../api/types.ts';
import { formatDate } from '../../format/date.ts';
import { useMoney } from '../../format/use-money.ts';
import { useCodeLabel } from '../../i18n/use-code-label.ts';

export function TransactionsTab({ transactions }: { transactions: Transaction[] }) {
  const { t } = useTranslation();
  const money = useMoney();
  const label = useCodeLabel();
  const amount = (value: string | null) => money(value);
  return (
    <Table<Transaction>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={transactions}
      locale={{ emptyText: t('transaction.empty') }}
      scroll={{ x: 900 }}
      columns={[
        {
          key: 'occurredOn',
          dataIndex: 'occurredOn',
          title: t('transaction.occurredOn'),
          width: 120,
          render: formatDate,
        },
        { key: 'product', dataIndex: 'product', title: t('transaction.product'), ellipsis: true },
        {
          key: 'quantity',
          dataIndex: 'quantity',
          title: t('transaction.quantity'),
          align: 'right',
        },
        {
          key: 'amount',
          dataIndex: 'amount',
          title: t('transaction.amount'),
          align: 'right',
          render: amount,
        },
        {
          key: 'cost',
          dataIndex: 'cost',
          title: t('transaction.cost'),
          align: 'right',
          render: amount,
        },
        {
          key: 'profit',
          dataIndex: 'profit',
          title: t('transaction.profit'),
          align: 'right',
          render: amount,
        },
        {
          key: 'channel',
          dataIndex: 'channel',
          title: t('transaction.channel'),
          render: (channel: string | null) => label('transactionChannel', channel),
        },
        { key: 'externalId', dataIndex: 'externalId', title: t('transaction.externalId') },
      ]}
    />
  );
}
