import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { TransactionSort } from '../../domain/transaction-sorts.ts';
import { transactions } from '../schema/index.ts';
import type { DbOrTx } from '../db-types.ts';
import { countOf, offsetOf, type PageRequest } from './paging.ts';

export type TransactionRow = typeof transactions.$inferSelect;
export type NewTransactionRow = typeof transactions.$inferInsert;

export const TRANSACTION_EXTERNAL_ID_KEY = 'transactions_external_id_key';

/**
 * Each sort's ORDER BY, ties broken by id in the same direction so pages are stable. By date it
 * walks transactions_customer_date_idx; by amount it sorts the one customer's orders.
 */
export function transactionOrder(sort: TransactionSort) {
  const direction = sort.startsWith('-') ? desc : asc;
  const key = sort.endsWith('amount') ? transactions.amount : transactions.occurredOn;
  return [direction(key), direction(transactions.id)];
}

/** A page of one customer's orders, newest first unless another sort is asked for. */
export async function listTransactionRows(
  db: DbOrTx,
  customerId: number,
  page: PageRequest,
  sort: TransactionSort = '-occurredOn',
) {
  const where = eq(transactions.customerId, customerId);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(transactions)
      .where(where)
      .orderBy(...transactionOrder(sort))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ count: count() }).from(transactions).where(where),
  ]);
  return { rows, total: countOf(total) };
}

/**
 * One order of this customer. `lock` takes the row lock an edit needs: transactions carry no
 * version column, so the edit compares content (see transaction-etag.ts) under this lock.
 */
export async function findTransactionRow(
  db: DbOrTx,
  customerId: number,
  id: number,
  lock = false,
): Promise<TransactionRow | undefined> {
  const query = db
    .select()
    .from(transactions)
    .where(and(eq(transactions.id, id), eq(transactions.customerId, customerId)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function insertTransactionRow(
  tx: DbOrTx,
  values: NewTransactionRow,
): Promise<TransactionRow> {
  const [row] = await tx.insert(transactions).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateTransactionRow(
  tx: DbOrTx,
  id: number,
  values: Partial<NewTransactionRow>,
): Promise<TransactionRow> {
  const [row] = await tx
    .update(transactions)
    .set(values)
    .where(eq(transactions.id, id))
    .returning();
  if (!row) throw new Error('update returned no row');
  return row;
}

/** Whether another order already has this external number (any customer's: it is unique). */
export async function transactionExternalIdTaken(
  db: DbOrTx,
  externalId: string,
  exceptId: number | null,
): Promise<boolean> {
  const [row] = await db
    .select({ id: transactions.id })
    .from(transactions)
    .where(
      and(
        eq(transactions.externalId, externalId),
        exceptId === null ? sql`TRUE` : sql`${transactions.id} <> ${exceptId}`,
      ),
    );
  return row !== undefined;
}
