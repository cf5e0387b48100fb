import { addMonths, toIsoDate } from '../../src/domain/date-only.ts';
import { SERIES_MONTHS } from '../../src/db/records/purchase-summary.ts';
import { startAppServer } from '../support/app-server.ts';
import { benchRow } from '../support/bench-row.ts';
import { HttpClient } from '../support/http-client.ts';
import { timeInterleaved } from '../support/latency-stats.ts';
import type { RawSql } from '../support/raw-sql.ts';
import type { Scenario } from '../support/scenario.ts';

/** The customers with the most orders: the 360 view's worst case. */
const SAMPLE_SIZE = 20;

/**
 * GET /api/customers/:id/360 for the largest customers as the director, against the core of
 * the page's data written by hand and run directly.
 */
export const customer360Scenario: Scenario = {
  name: 'customer-360',
  summary: `GET /api/customers/:id/360 for the ${SAMPLE_SIZE} customers with most orders, as director`,
  async run({ dataset, settings }) {
    const sample = await dataset.raw.query<{ id: number; orders: number }>(
      `SELECT customer_id AS id, count(*) AS orders FROM transactions
       GROUP BY customer_id ORDER BY count(*) DESC, customer_id LIMIT ${SAMPLE_SIZE}`,
    );
    const ids = sample.map((row) => Number(row.id));
    if (ids.length === 0) throw new Error('bench: no customer has orders');
    const pick = (i: number) => ids[i % ids.length]!;
    const app = await startAppServer(dataset.handle);
    const client = new HttpClient(app.url);
    const count = settings.sequentialRequests;
    const warmUp = Math.ceil(count / 10);
    try {
      const cookie = await app.login('director');
      // As the app computes them: Beijing's calendar day from the system clock, a year back.
      const today = toIsoDate(new Date());
      const since = addMonths(today, -12);
      const { app: appStats, baseline: sqlStats } = await timeInterleaved(
        count,
        warmUp,
        (i) => client.getJson(`/api/customers/${pick(i)}/360`, { cookie }),
        (i) => handWritten360(dataset.raw, pick(i), today, since),
      );
      const orders = sample.reduce((sum, row) => sum + Number(row.orders), 0) / sample.length;
      const row = (metric: string, value: number, unit: string, baseline?: number) =>
        benchRow({
          scenario: 'customer-360',
          engine: dataset.engine,
          size: dataset.size,
          metric,
          value,
          unit,
          baseline,
        });
      return [
        row('latency p50', appStats.p50, 'ms', sqlStats.p50),
        row('latency p95', appStats.p95, 'ms', sqlStats.p95),
        row('orders per sampled customer (mean)', orders, 'orders'),
      ];
    } finally {
      client.close();
      await app.close();
    }
  },
};

/**
 * The core of the 360 page written by hand: the customer row, purchase totals, the monthly and
 * yearly purchase series and the contacts, as four plain queries run in parallel (the app reads
 * totals and both series in one statement, src/db/records/purchase-summary.ts). The app also resolves
 * the session, checks scope, and reads team, org unit, payments, credit profile, record counts,
 * group and edit permission: the ratio prices the whole page against this core.
 */
function handWritten360(raw: RawSql, customerId: number, today: string, since: string) {
  return Promise.all([
    raw.query('SELECT * FROM customers WHERE id = $1', [customerId]),
    raw.query(
      `SELECT coalesce(sum(amount) FILTER (WHERE occurred_on > $2), 0)::numeric(18,2)::text AS last_12_months,
              count(*) FILTER (WHERE occurred_on > $2) AS orders_12_months,
              coalesce(sum(amount), 0)::numeric(18,2)::text AS lifetime,
              max(occurred_on)::text AS last_purchase_on
       FROM transactions WHERE customer_id = $1`,
      [customerId, since],
    ),
    raw.query(
      `WITH bounds AS (
         SELECT (date_trunc('month', $2::date) - interval '${SERIES_MONTHS - 1} months')::date AS first_month,
                (date_trunc('month', $2::date) + interval '1 month')::date AS after_last
       ), months AS (
         SELECT generate_series(first_month::timestamp, (after_last - 1)::timestamp,
                                interval '1 month')::date AS month
         FROM bounds
       ), totals AS (
         SELECT date_trunc('month', t.occurred_on)::date AS month, sum(t.amount) AS amount,
                count(*) AS orders
         FROM transactions t, bounds b
         WHERE t.customer_id = $1 AND t.occurred_on >= b.first_month AND t.occurred_on < b.after_last
         GROUP BY 1
       )
       SELECT to_char(m.month, 'YYYY-MM') AS month,
              coalesce(totals.amount, 0)::numeric(20,2)::text AS amount,
              coalesce(totals.orders, 0) AS orders
       FROM months m LEFT JOIN totals ON totals.month = m.month
       ORDER BY m.month`,
      [customerId, today],
    ),
    raw.query(
      `WITH totals AS (
         SELECT date_trunc('year', occurred_on)::date AS year, sum(amount) AS amount,
                count(*) AS orders
         FROM transactions WHERE customer_id = $1 GROUP BY 1
       ), years AS (
         SELECT generate_series(min(year)::timestamp,
                                greatest(max(year), date_trunc('year', $2::date)::date)::timestamp,
                                interval '1 year')::date AS year
         FROM totals
       )
       SELECT extract(year FROM y.year)::int AS year,
              coalesce(totals.amount, 0)::numeric(20,2)::text AS amount,
              coalesce(totals.orders, 0) AS orders
       FROM years y LEFT JOIN totals ON totals.year = y.year
       ORDER BY y.year`,
      [customerId, today],
    ),
    raw.query('SELECT * FROM contacts WHERE customer_id = $1 ORDER BY is_key_person DESC, id', [
      customerId,
    ]),
  ]);
}
