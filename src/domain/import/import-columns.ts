import { CONTACT_COLUMNS } from './contact-columns.ts';
import { CUSTOMER_COLUMNS } from './customer-columns.ts';
import type { ImportColumn } from './import-column.ts';
import type { ImportKind } from './import-kinds.ts';
import { PAYMENT_COLUMNS } from './payment-columns.ts';
import { TRANSACTION_COLUMNS } from './transaction-columns.ts';

const COLUMNS: Record<ImportKind, readonly ImportColumn[]> = {
  customers: CUSTOMER_COLUMNS,
  contacts: CONTACT_COLUMNS,
  transactions: TRANSACTION_COLUMNS,
  payments: PAYMENT_COLUMNS,
};

/** The columns of a kind, in template order. */
export function importColumns(kind: ImportKind): readonly ImportColumn[] {
  return COLUMNS[kind];
}

/** The fields that identify a row, for "repeats row n" errors and upserts. */
export const IMPORT_KEYS: Record<ImportKind, readonly string[]> = {
  customers: ['creditCode'],
  contacts: ['creditCode', 'contact.name'],
  transactions: ['transaction.externalId'],
  payments: ['payment.externalId'],
};
