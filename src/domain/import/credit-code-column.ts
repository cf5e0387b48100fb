import { CUSTOMER_RULES } from '../validation/customer-rules.ts';
import type { ImportColumn } from './import-column.ts';

/** Contacts, orders and payments name their customer by its credit code (the stable key). */
export const CREDIT_CODE_COLUMN: ImportColumn = {
  field: 'creditCode',
  rule: CUSTOMER_RULES.creditCode,
  aliases: ['客户统一社会信用代码', '客户信用代码', '信用代码', '社会信用代码', 'USCC'],
  example: '91310110666007217T',
};
