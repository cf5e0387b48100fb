import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { RecordKind } from '../../domain/record-fields.ts';
import { customerRecords } from '../schema/index.ts';
import type { DbOrTx } from '../db-types.ts';
import { countOf, offsetOf, type PageRequest } from './paging.ts';

export type TimelineRow = typeof customerRecords.$inferSelect;
export type NewTimelineRow = typeof customerRecords.$inferInsert;

/**
 * A page of one customer's timeline (C1.9), newest first, optionally of one kind (index
 * customer_records_customer_time_idx).
 */
export async function listTimelineRows(
  db: DbOrTx,
  customerId: number,
  page: PageRequest,
  kind?: RecordKind,
) {
  const where = and(
    eq(customerRecords.customerId, customerId),
    kind === undefined ? undefined : eq(customerRecords.kind, kind),
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(customerRecords)
      .where(where)
      .orderBy(desc(customerRecords.occurredAt), desc(customerRecords.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ count: count() }).from(customerRecords).where(where),
  ]);
  return { rows, total: countOf(total) };
}

/** One record, only if it belongs to this customer (so the scope checked on it holds). */
export async function findTimelineRow(
  db: DbOrTx,
  customerId: number,
  id: number,
): Promise<TimelineRow | undefined> {
  const [row] = await db
    .select()
    .from(customerRecords)
    .where(and(eq(customerRecords.id, id), eq(customerRecords.customerId, customerId)));
  return row;
}

export async function insertTimelineRow(tx: DbOrTx, values: NewTimelineRow): Promise<TimelineRow> {
  const [row] = await tx.insert(customerRecords).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Updates only when `version` still matches; undefined means someone else changed it first. */
export async function updateTimelineIfVersion(
  tx: DbOrTx,
  id: number,
  version: number,
  values: Partial<NewTimelineRow>,
): Promise<TimelineRow | undefined> {
  const [row] = await tx
    .update(customerRecords)
    .set({ ...values, version: sql`${customerRecords.version} + 1` })
    .where(and(eq(customerRecords.id, id), eq(customerRecords.version, version)))
    .returning();
  return row;
}
