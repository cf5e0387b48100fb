import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';

export type MonthlyPurchase = { month: string; amount: string; orders: number };
export type YearlyPurchase = { year: number; amount: string; orders: number };

/** Months the 360 page charts, the current one included. */
export const SERIES_MONTHS = 36;

type Row = { period: string | number; amount: string; orders: unknown };

/**
 * One customer's purchases per calendar month over the last 36 months (YYYY-MM, oldest first,
 * months without orders as zero), grouped in SQL with date_trunc over the customer's range of
 * transactions_customer_date_idx. `today` is the caller's calendar date.
 */
export async function monthlyPurchases(
  db: DbOrTx,
  customerId: number,
  today: string,
): Promise<MonthlyPurchase[]> {
  const rows = await queryRows<Row>(
    db,
    sql`
      WITH bounds AS (
        SELECT (date_trunc('month', ${today}::date)
                  - make_interval(months => ${SERIES_MONTHS - 1}))::date AS first_month,
               (date_trunc('month', ${today}::date) + interval '1 month')::date AS after_last
      ), months AS (
        SELECT generate_series(first_month::timestamp, (after_last - 1)::timestamp,
                               interval '1 month')::date AS month
        FROM bounds
      ), totals AS (
        SELECT date_trunc('month', t.occurred_on)::date AS month,
               sum(t.amount) AS amount, count(*) AS orders
        FROM transactions t, bounds b
        WHERE t.customer_id = ${customerId}
          AND t.occurred_on >= b.first_month AND t.occurred_on < b.after_last
        GROUP BY 1
      )
      SELECT to_char(m.month, 'YYYY-MM') AS period,
             coalesce(totals.amount, 0)::numeric(20, 2)::text AS amount,
             coalesce(totals.orders, 0) AS orders
      FROM months m LEFT JOIN totals ON totals.month = m.month
      ORDER BY m.month`,
  );
  return rows.map((r) => ({ month: String(r.period), amount: r.amount, orders: Number(r.orders) }));
}

/**
 * One customer's purchases per calendar year, from its first order's year to the current one
 * (years without orders as zero), oldest first.
 */
export async function yearlyPurchases(
  db: DbOrTx,
  customerId: number,
  today: string,
): Promise<YearlyPurchase[]> {
  const rows = await queryRows<Row>(
    db,
    sql`
      WITH totals AS (
        SELECT date_trunc('year', occurred_on)::date AS year,
               sum(amount) AS amount, count(*) AS orders
        FROM transactions WHERE customer_id = ${customerId}
        GROUP BY 1
      ), years AS (
        SELECT generate_series(
                 min(year)::timestamp,
                 greatest(max(year), date_trunc('year', ${today}::date)::date)::timestamp,
                 interval '1 year')::date AS year
        FROM totals
      )
      SELECT extract(year FROM y.year)::int AS period,
             coalesce(totals.amount, 0)::numeric(20, 2)::text AS amount,
             coalesce(totals.orders, 0) AS orders
      FROM years y LEFT JOIN totals ON totals.year = y.year
      ORDER BY y.year`,
  );
  return rows.map((r) => ({ year: Number(r.period), amount: r.amount, orders: Number(r.orders) }));
}
