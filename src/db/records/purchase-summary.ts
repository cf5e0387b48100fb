import { sql, type SQL } from 'drizzle-orm';
import { parsedJson } from '../row-json.ts';

export type PurchaseTotals = {
  last12Months: string;
  orders12Months: number;
  lifetime: string;
  lastPurchaseOn: string | null;
};
export type MonthlyPurchase = { month: string; amount: string; orders: number };
export type YearlyPurchase = { year: number; amount: string; orders: number };
export type PurchaseSummary = {
  totals: PurchaseTotals;
  monthly: MonthlyPurchase[];
  yearly: YearlyPurchase[];
};

/** Months the 360 page charts, the current one included. */
export const SERIES_MONTHS = 36;

type Summary = {
  totals: { last12Months: string; orders12Months: number; lifetime: string; last: string | null };
  monthly: MonthlyPurchase[] | null;
  yearly: YearlyPurchase[] | null;
};

/**
 * One customer's purchase figures for the 360 page (C1.5, C1.10) from one read of its orders
 * (transactions_customer_date_idx): totals over the last 12 months and the lifetime, the last
 * purchase date, the monthly series of the last 36 months (YYYY-MM, months without orders as
 * zero) and the yearly series from the first order's year to this one. Four separate queries
 * read a large account's orders four times over.
 *
 * A scalar subquery giving one JSON value (the 360 reads it with its other parts in one
 * statement, customer-360-query.ts); `toPurchaseSummary` reads the value.
 * `today` is the caller's calendar date; "the last 12 months" are the days after `since`.
 */
export function purchaseSummaryJson(customerId: number, today: string, since: string): SQL {
  return sql`(
      WITH t AS MATERIALIZED (
        SELECT occurred_on, amount FROM transactions WHERE customer_id = ${customerId}
      ), bounds AS (
        SELECT (date_trunc('month', ${today}::date)
                  - make_interval(months => ${SERIES_MONTHS - 1}))::date AS first_month,
               (date_trunc('month', ${today}::date) + interval '1 month')::date AS after_last
      ), months AS (
        SELECT generate_series(first_month::timestamp, (after_last - 1)::timestamp,
                               interval '1 month')::date AS month
        FROM bounds
      ), by_month AS (
        SELECT date_trunc('month', t.occurred_on)::date AS month,
               sum(t.amount) AS amount, count(*) AS orders
        FROM t, bounds b
        WHERE t.occurred_on >= b.first_month AND t.occurred_on < b.after_last
        GROUP BY 1
      ), by_year AS (
        SELECT date_trunc('year', occurred_on)::date AS year,
               sum(amount) AS amount, count(*) AS orders
        FROM t GROUP BY 1
      ), years AS (
        SELECT generate_series(
                 min(year)::timestamp,
                 greatest(max(year), date_trunc('year', ${today}::date)::date)::timestamp,
                 interval '1 year')::date AS year
        FROM by_year
      )
      SELECT json_build_object(
        'totals', (SELECT json_build_object(
           'last12Months',
             coalesce(sum(amount) FILTER (WHERE occurred_on > ${since}::date), 0)
               ::numeric(18, 2)::text,
           'orders12Months', count(*) FILTER (WHERE occurred_on > ${since}::date),
           'lifetime', coalesce(sum(amount), 0)::numeric(18, 2)::text,
           'last', max(occurred_on)::text)
         FROM t),
        'monthly', (SELECT json_agg(json_build_object(
           'month', to_char(m.month, 'YYYY-MM'),
           'amount', coalesce(by_month.amount, 0)::numeric(20, 2)::text,
           'orders', coalesce(by_month.orders, 0)) ORDER BY m.month)
         FROM months m LEFT JOIN by_month ON by_month.month = m.month),
        'yearly', (SELECT json_agg(json_build_object(
           'year', extract(year FROM y.year)::int,
           'amount', coalesce(by_year.amount, 0)::numeric(20, 2)::text,
           'orders', coalesce(by_year.orders, 0)) ORDER BY y.year)
         FROM years y LEFT JOIN by_year ON by_year.year = y.year))
    )`;
}

const NO_PURCHASES: Summary['totals'] = {
  last12Months: '0.00',
  orders12Months: 0,
  lifetime: '0.00',
  last: null,
};

/** The figures of a `purchaseSummaryJson` value. */
export function toPurchaseSummary(value: unknown): PurchaseSummary {
  const summary = parsedJson<Summary | null>(value);
  const totals = summary?.totals ?? NO_PURCHASES;
  return {
    totals: {
      last12Months: totals.last12Months,
      orders12Months: Number(totals.orders12Months),
      lifetime: totals.lifetime,
      lastPurchaseOn: totals.last,
    },
    monthly: (summary?.monthly ?? []).map((m) => ({ ...m, orders: Number(m.orders) })),
    yearly: (summary?.yearly ?? []).map((y) => ({ ...y, orders: Number(y.orders) })),
  };
}
