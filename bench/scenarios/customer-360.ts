import { startAppServer } from '../support/app-server.ts';
import { benchRow } from '../support/bench-row.ts';
import { HttpClient } from '../support/http-client.ts';
import { timeSequential } from '../support/latency-stats.ts';
import type { RawSql } from '../support/raw-sql.ts';
import type { Scenario } from '../support/scenario.ts';

/** The customers with the most orders: the 360 view's worst case. */
const SAMPLE_SIZE = 20;
const RECENT = 20;

/**
 * GET /api/customers/:id/360 for the largest customers as the director, against the
 * hand-written purchase totals + recent orders + contacts queries run directly.
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
      const appStats = await timeSequential(count, warmUp, (i) =>
        client.getJson(`/api/customers/${pick(i)}/360`, { cookie }),
      );
      // The app takes "now" from the system clock; so does the baseline.
      const since = twelveMonthsBefore(new Date());
      const sqlStats = await timeSequential(count, warmUp, (i) =>
        handWritten360(dataset.raw, pick(i), since),
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

/** The three queries the 360 view's figures come from, in parallel as the app runs them. */
function handWritten360(raw: RawSql, customerId: number, since: string) {
  return Promise.all([
    raw.query(
      `SELECT coalesce(sum(amount) FILTER (WHERE occurred_on > $2), 0)::numeric(18,2)::text AS last_12_months,
              count(*) FILTER (WHERE occurred_on > $2) AS orders_12_months,
              coalesce(sum(amount), 0)::numeric(18,2)::text AS lifetime,
              max(occurred_on)::text AS last_purchase_on
       FROM transactions WHERE customer_id = $1`,
      [customerId, since],
    ),
    raw.query(
      `SELECT id, occurred_on, amount, cost, profit, product, quantity, channel, external_id
       FROM transactions WHERE customer_id = $1
       ORDER BY occurred_on DESC, id DESC LIMIT ${RECENT}`,
      [customerId],
    ),
    raw.query('SELECT * FROM contacts WHERE customer_id = $1 ORDER BY is_key_person DESC, id', [
      customerId,
    ]),
  ]);
}

/** As src/app/customers/get-customer-360.ts computes it: the same day a year earlier (UTC). */
function twelveMonthsBefore(now: Date): string {
  const d = new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), now.getUTCDate()));
  return d.toISOString().slice(0, 10);
}
