import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_TRANSACTION_SORT,
  TRANSACTION_SORTS,
  type TransactionSort,
} from '../../../../src/domain/transaction-sorts.ts';
import { TRANSACTION_RULES } from '../../../../src/domain/validation/record-rules.ts';
import { shownOr } from '../../access/not-permitted.tsx';
import { useFieldAccess } from '../../access/use-field-access.ts';
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

/**
 * Purchase history (C1.5), paged and sorted on the server; orders entered or corrected by hand.
 * Figures are confidential (C7.3): without access they say 无权查看, the amount sorts are not
 * offered (the server refuses them) and orders cannot be edited.
 */
export function TransactionsTab({ customerId, active }: { customerId: number; active: boolean }) {
  const { t } = useTranslation();
  const money = shownOr(useMoney());
  const quantity = shownOr((value: string | null) => value ?? '');
  const channel = useCodeLabel();
  const label = useFieldLabel();
  const seesFigures = useFieldAccess().confidential === 'full';
  const [sort, setSort] = useState<TransactionSort>(DEFAULT_TRANSACTION_SORT);
  const title = (field: string) => label(PREFIX + field);
  const api = recordsApi.transactions;
  const sorts = TRANSACTION_SORTS.filter((s) => seesFigures || !s.endsWith('amount'));
  return (
    <RecordTab<Transaction>
      // A new sort starts again at the first page.
      key={sort}
      editable={seesFigures}
      filters={{
        params: { sort },
        controls: (
          <Select<TransactionSort>
            style={{ width: 180 }}
            aria-label={t('records.transactions.sort.label')}
            value={sort}
            onChange={setSort}
            options={sorts.map((value) => ({
              value,
              label: t(`records.transactions.sort.${value}`),
            }))}
            data-testid="transactions-sort"
          />
        ),
      }}
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
      list={(page) => api.list(customerId, { ...page, sort })}
      create={(values) => api.create(customerId, values as TransactionInput)}
      update={(item, values) =>
        // Editable only for readers of the figures, who always get the entity tag.
        api.update(customerId, item.id, item.etag ?? '', values as TransactionInput)
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
          render: quantity,
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
