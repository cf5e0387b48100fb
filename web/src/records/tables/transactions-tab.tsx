import { useTranslation } from 'react-i18next';
import { TRANSACTION_RULES } from '../../../../src/domain/validation/record-rules.ts';
import { formatDate } from '../../format/date.ts';
import { useMoney } from '../../format/use-money.ts';
import { useCodeLabel } from '../../i18n/use-code-label.ts';
import { useFieldLabel } from '../../i18n/use-field-label.ts';
import type { Transaction, TransactionInput } from '../api/record-types.ts';
import { recordsApi } from '../api/records-api.ts';
import { fieldsOf } from '../form/form-fields.ts';
import { RecordTab } from './record-tab.tsx';

const PREFIX = 'transaction.';
const FIELDS = fieldsOf(TRANSACTION_RULES, {
  channel: { vocabulary: 'transactionChannel' },
  profit: { hint: 'transactions.profitHint' },
  quantity: { hint: 'transactions.quantityHint' },
});

/** Purchase history (C1.5), paged on the server; orders entered or corrected by hand. */
export function TransactionsTab({ customerId, active }: { customerId: number; active: boolean }) {
  const { t } = useTranslation();
  const money = useMoney();
  const channel = useCodeLabel();
  const label = useFieldLabel();
  const title = (field: string) => label(PREFIX + field);
  const api = recordsApi.transactions;
  return (
    <RecordTab<Transaction>
      customerId={customerId}
      kind="transactions"
      active={active}
      prefix={PREFIX}
      fields={FIELDS}
      titles={{
        add: t('records.transactions.addTitle'),
        edit: t('records.transactions.editTitle'),
        empty: t('records.transactions.empty'),
      }}
      list={(page) => api.list(customerId, page)}
      create={(values) => api.create(customerId, values as TransactionInput)}
      update={(item, values) =>
        api.update(customerId, item.id, item.etag, values as TransactionInput)
      }
      columns={[
        {
          key: 'occurredOn',
          dataIndex: 'occurredOn',
          title: title('occurredOn'),
          width: 110,
          render: formatDate,
        },
        { key: 'product', dataIndex: 'product', title: title('product'), ellipsis: true },
        {
          key: 'quantity',
          dataIndex: 'quantity',
          title: title('quantity'),
          align: 'right',
          width: 100,
        },
        {
          key: 'amount',
          dataIndex: 'amount',
          title: title('amount'),
          align: 'right',
          render: money,
        },
        { key: 'cost', dataIndex: 'cost', title: title('cost'), align: 'right', render: money },
        {
          key: 'profit',
          dataIndex: 'profit',
          title: title('profit'),
          align: 'right',
          render: money,
        },
        {
          key: 'channel',
          dataIndex: 'channel',
          title: title('channel'),
          width: 90,
          render: (code: string | null) => channel('transactionChannel', code),
        },
        { key: 'externalId', dataIndex: 'externalId', title: title('externalId'), ellipsis: true },
      ]}
    />
  );
}
