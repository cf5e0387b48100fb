import { createHash } from 'node:crypto';
import type { TransactionRow } from '../../../db/records/transaction-repository.ts';

export type TransactionDto = {
  id: number;
  occurredOn: string;
  amount: string;
  cost: string | null;
  profit: string | null;
  product: string | null;
  quantity: string | null;
  channel: string | null;
  currency: string;
  externalId: string | null;
  createdAt: string;
  /** Entity tag for If-Match (see transactionEtag). */
  etag: string;
};

/**
 * Transactions have no version column (they are bulk-loaded from ERPs at millions of rows), so
 * their entity tag is a digest of the editable content: any change — by hand or by a re-import
 * — changes it, and an edit made against an old copy is refused like a stale version.
 */
export function transactionEtag(row: TransactionRow): string {
  const content = [
    row.occurredOn,
    row.amount,
    row.cost,
    row.profit,
    row.product,
    row.quantity,
    row.channel,
    row.currency,
    row.externalId,
  ];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 20);
}

export function toTransactionDto(row: TransactionRow): TransactionDto {
  return {
    id: row.id,
    occurredOn: row.occurredOn,
    amount: row.amount,
    cost: row.cost,
    profit: row.profit,
    product: row.product,
    quantity: row.quantity,
    channel: row.channel,
    currency: row.currency,
    externalId: row.externalId,
    createdAt: row.createdAt.toISOString(),
    etag: transactionEtag(row),
  };
}
