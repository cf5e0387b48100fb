/**
 * How a customer's purchase history (C1.5) may be sorted; `-` means descending. Shared by the
 * API and the web. Sorting by amount needs confidential access (C7.3).
 */
export const TRANSACTION_SORTS = ['-occurredOn', 'occurredOn', '-amount', 'amount'] as const;
export type TransactionSort = (typeof TRANSACTION_SORTS)[number];

export const DEFAULT_TRANSACTION_SORT: TransactionSort = '-occurredOn';
