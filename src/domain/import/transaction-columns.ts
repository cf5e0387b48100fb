import { TRANSACTION_CHANNELS } from '../customer-fields.ts';
import type { ImportColumn } from './import-column.ts';
import { CREDIT_CODE_COLUMN } from './credit-code-column.ts';

/**
 * Orders from an ERP (C1.5). The external id (the ERP's order number) is the key that makes a
 * re-import change nothing, so it is required. Profit may be given, or follows from the cost.
 */
export const TRANSACTION_COLUMNS: readonly ImportColumn[] = [
  CREDIT_CODE_COLUMN,
  { field: 'transaction.externalId', rule: { kind: 'text', max: 100, required: true }, aliases: ['订单号', '单号', '订单编号', 'ERP单号', '交易编号'], example: 'SO-2026-000123' },
  { field: 'transaction.occurredOn', rule: { kind: 'date', required: true }, aliases: ['日期', '订单日期', '下单日期', '成交日期'], example: '2026-03-15' },
  { field: 'transaction.amount', rule: { kind: 'money', required: true }, aliases: ['交易金额', '订单金额', '销售额', '销售金额', '含税金额'], example: '128000.00' },
  { field: 'transaction.cost', rule: { kind: 'money' }, aliases: ['成本金额'], example: '96000.00' },
  { field: 'transaction.profit', rule: { kind: 'money' }, aliases: ['毛利', '毛利润'], example: '' },
  { field: 'transaction.product', rule: { kind: 'text', max: 200 }, aliases: ['产品名称', '商品', '商品名称'], example: '数控车床 CK6150' },
  { field: 'transaction.quantity', rule: { kind: 'text', max: 30 }, special: 'quantity', aliases: [], example: '2' },
  { field: 'transaction.channel', rule: { kind: 'enum', values: TRANSACTION_CHANNELS }, aliases: ['销售渠道'], vocabulary: 'transactionChannel', example: '直销' },
]; // prettier-ignore
