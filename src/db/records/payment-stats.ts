import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';
import { parsedJson } from '../row-json.ts';

/**
 * C1.8 payment record of one customer, computed in SQL keyed by customer_id (index
 * payments_customer_due_idx), with "today" passed in (the caller's clock, Beijing's date):
 *
 * - settled: paid in full (paid_amount ≥ amount, with a paid date);
 * - on time: settled on or before the due date;
 * - decided: settled, or past its due date unsettled — an invoice still inside its term and
 *   unpaid has no outcome yet, so it does not count either way;
 * - on-time rate = on time ÷ decided;
 * - overdue: past its due date and not paid in full; its overdue days are today − due date.
 */
export type PaymentStats = {
  decidedCount: number;
  onTimeCount: number;
  /** on time ÷ decided, 0–1 rounded to four places; null when nothing is decided yet. */
  onTimeRate: number | null;
  overdueCount: number;
  /** What is still owed on overdue invoices, 元. */
  overdueAmount: string;
  maxOverdueDays: number | null;
  /** Mean overdue days of the overdue invoices, one decimal. */
  avgOverdueDays: number | null;
  /** What is still owed on all unsettled invoices, overdue or not, 元. */
  outstandingAmount: string;
};

type Stats = {
  decided: unknown;
  on_time: unknown;
  overdue: unknown;
  overdue_amount: string;
  max_days: unknown;
  avg_days: string | null;
  outstanding: string;
};

/** The payment record as one JSON value: a scalar subquery (the 360 reads it with its parts). */
export function paymentStatsJson(customerId: number, today: string): SQL {
  return sql`(
      WITH p AS (
        SELECT amount, due_on,
               amount - coalesce(paid_amount, 0) AS owed,
               (paid_on IS NOT NULL AND coalesce(paid_amount, 0) >= amount) AS settled,
               (paid_on IS NOT NULL AND coalesce(paid_amount, 0) >= amount
                 AND paid_on <= due_on) AS on_time
        FROM payments WHERE customer_id = ${customerId}
      )
      SELECT json_build_object(
        'decided', count(*) FILTER (WHERE settled OR due_on < ${today}::date),
        'on_time', count(*) FILTER (WHERE on_time),
        'overdue', count(*) FILTER (WHERE NOT settled AND due_on < ${today}::date),
        'overdue_amount', coalesce(sum(owed) FILTER (WHERE NOT settled AND due_on < ${today}::date), 0)
          ::numeric(20, 2)::text,
        'max_days', max(${today}::date - due_on) FILTER (WHERE NOT settled AND due_on < ${today}::date),
        'avg_days', round(avg(${today}::date - due_on)
          FILTER (WHERE NOT settled AND due_on < ${today}::date), 1)::text,
        'outstanding', coalesce(sum(owed) FILTER (WHERE NOT settled), 0)::numeric(20, 2)::text)
      FROM p)`;
}

export async function paymentStats(
  db: DbOrTx,
  customerId: number,
  today: string,
): Promise<PaymentStats> {
  const [row] = await queryRows<{ stats: unknown }>(
    db,
    sql`SELECT ${paymentStatsJson(customerId, today)} AS stats`,
  );
  return toPaymentStats(row?.stats);
}

/** The payment record of a `paymentStatsJson` value. */
export function toPaymentStats(value: unknown): PaymentStats {
  const row = parsedJson<Stats | null>(value);
  const decided = Number(row?.decided ?? 0);
  const onTime = Number(row?.on_time ?? 0);
  return {
    decidedCount: decided,
    onTimeCount: onTime,
    onTimeRate: decided === 0 ? null : Math.round((onTime / decided) * 10_000) / 10_000,
    overdueCount: Number(row?.overdue ?? 0),
    overdueAmount: row?.overdue_amount ?? '0.00',
    maxOverdueDays:
      row?.max_days === null || row?.max_days === undefined ? null : Number(row.max_days),
    avgOverdueDays: row?.avg_days ? Number(row.avg_days) : null,
    outstandingAmount: row?.outstanding ?? '0.00',
  };
}
