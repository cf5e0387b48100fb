import { and, count, desc, eq, sql } from 'drizzle-orm';
import { payments } from '../schema/index.ts';
import type { DbOrTx } from '../db-types.ts';
import { countOf, offsetOf, type PageRequest } from './paging.ts';

export type PaymentRow = typeof payments.$inferSelect;
export type NewPaymentRow = typeof payments.$inferInsert;

export const PAYMENT_EXTERNAL_ID_KEY = 'payments_external_id_key';

/** A page of one customer's invoices, latest due date first (index payments_customer_due_idx). */
export async function listPaymentRows(db: DbOrTx, customerId: number, page: PageRequest) {
  const where = eq(payments.customerId, customerId);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(payments)
      .where(where)
      .orderBy(desc(payments.dueOn), desc(payments.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ count: count() }).from(payments).where(where),
  ]);
  return { rows, total: countOf(total) };
}

/** One invoice, only if it belongs to this customer (so the scope checked on it holds). */
export async function findPaymentRow(
  db: DbOrTx,
  customerId: number,
  id: number,
): Promise<PaymentRow | undefined> {
  const [row] = await db
    .select()
    .from(payments)
    .where(and(eq(payments.id, id), eq(payments.customerId, customerId)));
  return row;
}

export async function insertPaymentRow(tx: DbOrTx, values: NewPaymentRow): Promise<PaymentRow> {
  const [row] = await tx.insert(payments).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Updates only when `version` still matches; undefined means someone else changed it first. */
export async function updatePaymentIfVersion(
  tx: DbOrTx,
  id: number,
  version: number,
  values: Partial<NewPaymentRow>,
): Promise<PaymentRow | undefined> {
  const [row] = await tx
    .update(payments)
    .set({ ...values, version: sql`${payments.version} + 1` })
    .where(and(eq(payments.id, id), eq(payments.version, version)))
    .returning();
  return row;
}

/** Whether another invoice already has this external number (unique across customers). */
export async function paymentExternalIdTaken(
  db: DbOrTx,
  externalId: string,
  exceptId: number | null,
): Promise<boolean> {
  const [row] = await db
    .select({ id: payments.id })
    .from(payments)
    .where(
      and(
        eq(payments.externalId, externalId),
        exceptId === null ? sql`TRUE` : sql`${payments.id} <> ${exceptId}`,
      ),
    );
  return row !== undefined;
}
