import type { ImportColumn } from './import-column.ts';
import { CREDIT_CODE_COLUMN } from './credit-code-column.ts';

/**
 * Invoices and their payment (C1.8), from the finance system. The external id is the key of a
 * re-import; the paid date and amount are filled in by a later import once the money arrives.
 */
export const PAYMENT_COLUMNS: readonly ImportColumn[] = [
  CREDIT_CODE_COLUMN,
  { field: 'payment.externalId', rule: { kind: 'text', max: 100, required: true }, aliases: ['单号', '应收单号', '回款单号'], example: 'AR-2026-000045' },
  { field: 'payment.invoiceNo', rule: { kind: 'text', max: 50 }, aliases: ['发票号码'], example: '24312000000012345678' },
  { field: 'payment.issuedOn', rule: { kind: 'date', required: true }, aliases: ['发票日期'], example: '2026-03-15' },
  { field: 'payment.dueOn', rule: { kind: 'date', required: true }, aliases: ['到期日期', '应收日期', '应付款日'], example: '2026-04-14' },
  { field: 'payment.amount', rule: { kind: 'money', required: true }, aliases: ['应收金额', '开票金额', '金额'], example: '128000.00' },
  { field: 'payment.paidOn', rule: { kind: 'date' }, aliases: ['收款日期', '付款日期'], example: '2026-04-10' },
  { field: 'payment.paidAmount', rule: { kind: 'money' }, aliases: ['收款金额', '实收金额', '已回款金额'], example: '128000.00' },
  { field: 'payment.notes', rule: { kind: 'text', max: 2000 }, aliases: [], example: '' },
]; // prettier-ignore
