import type { KeyedRecordTable } from './keyed-record-sql.ts';

/** Invoices and their payment (C1.8) by the finance system's receivable number. */
export const PAYMENT_IMPORT: KeyedRecordTable = {
  table: 'payments',
  stage: 'import_payments',
  keyField: 'payment.externalId',
  fields: {
    'payment.externalId': { name: 'external_id', type: 'text' },
    'payment.invoiceNo': { name: 'invoice_no', type: 'text' },
    'payment.issuedOn': { name: 'issued_on', type: 'date' },
    'payment.dueOn': { name: 'due_on', type: 'date' },
    'payment.amount': { name: 'amount', type: 'numeric(18,2)' },
    'payment.paidOn': { name: 'paid_on', type: 'date' },
    'payment.paidAmount': { name: 'paid_amount', type: 'numeric(18,2)' },
    'payment.notes': { name: 'notes', type: 'text' },
  },
  versioned: true,
};
