import type { KeyedRecordTable } from './keyed-record-sql.ts';

/** Orders (C1.5) by the ERP's order number. Profit is staged whenever cost is (it is derived). */
export const TRANSACTION_IMPORT: KeyedRecordTable = {
  table: 'transactions',
  stage: 'import_transactions',
  keyField: 'transaction.externalId',
  fields: {
    'transaction.externalId': { name: 'external_id', type: 'text' },
    'transaction.occurredOn': { name: 'occurred_on', type: 'date' },
    'transaction.amount': { name: 'amount', type: 'numeric(18,2)' },
    'transaction.cost': { name: 'cost', type: 'numeric(18,2)' },
    'transaction.profit': { name: 'profit', type: 'numeric(18,2)' },
    'transaction.product': { name: 'product', type: 'text' },
    'transaction.quantity': { name: 'quantity', type: 'numeric(18,3)' },
    'transaction.channel': { name: 'channel', type: 'text' },
  },
  implied: { 'transaction.cost': 'transaction.profit' },
  versioned: false,
};
