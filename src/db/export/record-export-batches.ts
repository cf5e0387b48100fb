import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import type { RecordKind } from '../../domain/record-fields.ts';
import type { TransactionSort } from '../../domain/transaction-sorts.ts';
import type { DbOrTx } from '../db-types.ts';
import { customerRecords, needs, payments, projects, transactions } from '../schema/index.ts';
import { keysetBatches, keysetFields, keysetOrder, type KeysetKey } from './keyset.ts';

// Each list's order as keyset keys, the same order as its tab (see src/db/records/*-repository).
function transactionKeys(sort: TransactionSort): KeysetKey[] {
  const desc = sort.startsWith('-');
  const key: KeysetKey = sort.endsWith('amount')
    ? { expr: sql`${transactions.amount}`, type: 'numeric', desc }
    : { expr: sql`${transactions.occurredOn}`, type: 'date', desc };
  return [key, { expr: sql`${transactions.id}`, type: 'bigint', desc }];
}
const PAYMENT_KEYS: KeysetKey[] = [
  { expr: sql`${payments.dueOn}`, type: 'date', desc: true },
  { expr: sql`${payments.id}`, type: 'bigint', desc: true },
];
const NEED_KEYS: KeysetKey[] = [{ expr: sql`${needs.id}`, type: 'bigint', desc: true }];
const PROJECT_KEYS: KeysetKey[] = [
  {
    expr: sql`(CASE ${projects.phase} WHEN 'ongoing' THEN 0 WHEN 'upcoming' THEN 1 ELSE 2 END)`,
    type: 'int',
  },
  { expr: sql`${projects.startOn}`, type: 'date', desc: true, nullable: true },
  { expr: sql`${projects.id}`, type: 'bigint', desc: true },
];
const TIMELINE_KEYS: KeysetKey[] = [
  { expr: sql`${customerRecords.occurredAt}`, type: 'timestamptz', desc: true },
  { expr: sql`${customerRecords.id}`, type: 'bigint', desc: true },
];

/**
 * One customer's orders in the tab's sort (newest first by default), in batches (keyed by
 * customer_id, C7 sharding rule).
 */
export function transactionExportBatches(
  db: DbOrTx,
  customerId: number,
  size: number,
  sort: TransactionSort = '-occurredOn',
) {
  const keys = transactionKeys(sort);
  return keysetBatches(keys, size, (after, limit) =>
    db
      .select({ ...getTableColumns(transactions), ...keysetFields(keys) })
      .from(transactions)
      .where(and(eq(transactions.customerId, customerId), after))
      .orderBy(...keysetOrder(keys))
      .limit(limit),
  );
}

export function paymentExportBatches(db: DbOrTx, customerId: number, size: number) {
  return keysetBatches(PAYMENT_KEYS, size, (after, limit) =>
    db
      .select({ ...getTableColumns(payments), ...keysetFields(PAYMENT_KEYS) })
      .from(payments)
      .where(and(eq(payments.customerId, customerId), after))
      .orderBy(...keysetOrder(PAYMENT_KEYS))
      .limit(limit),
  );
}

export function needExportBatches(db: DbOrTx, customerId: number, size: number) {
  return keysetBatches(NEED_KEYS, size, (after, limit) =>
    db
      .select({ ...getTableColumns(needs), ...keysetFields(NEED_KEYS) })
      .from(needs)
      .where(and(eq(needs.customerId, customerId), after))
      .orderBy(...keysetOrder(NEED_KEYS))
      .limit(limit),
  );
}

export function projectExportBatches(db: DbOrTx, customerId: number, size: number) {
  return keysetBatches(PROJECT_KEYS, size, (after, limit) =>
    db
      .select({ ...getTableColumns(projects), ...keysetFields(PROJECT_KEYS) })
      .from(projects)
      .where(and(eq(projects.customerId, customerId), after))
      .orderBy(...keysetOrder(PROJECT_KEYS))
      .limit(limit),
  );
}

/** The timeline, newest first, optionally of one kind (the tab's filter). */
export function timelineExportBatches(
  db: DbOrTx,
  customerId: number,
  size: number,
  kind?: RecordKind,
) {
  return keysetBatches(TIMELINE_KEYS, size, (after, limit) =>
    db
      .select({ ...getTableColumns(customerRecords), ...keysetFields(TIMELINE_KEYS) })
      .from(customerRecords)
      .where(
        and(
          eq(customerRecords.customerId, customerId),
          kind === undefined ? undefined : eq(customerRecords.kind, kind),
          after,
        ),
      )
      .orderBy(...keysetOrder(TIMELINE_KEYS))
      .limit(limit),
  );
}
