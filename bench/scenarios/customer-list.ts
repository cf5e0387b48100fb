import { startAppServer } from '../support/app-server.ts';
import { compareLoad, type LoadResult } from '../support/autocannon-run.ts';
import { startBareServer } from '../support/bare-server.ts';
import { benchRow } from '../support/bench-row.ts';
import { HttpClient } from '../support/http-client.ts';
import type { Scenario } from '../support/scenario.ts';

type ListPage = { items: { id: number }[]; total: number };

/**
 * A regional manager's filtered list page under load: the real server (session, zod, record
 * scope, drizzle) against a bare Fastify route running the same SQL by hand.
 */
export const customerListScenario: Scenario = {
  name: 'customer-list',
  summary: 'GET /api/customers?orgUnitId=EAST&tier=B (page of 50 + total) as rm.east, autocannon',
  async run({ dataset, settings }) {
    const [east] = await dataset.raw.query<{ id: number }>(
      "SELECT id FROM org_units WHERE code = 'EAST'",
    );
    if (!east) throw new Error('bench: the demo data has no EAST region');
    const query = `orgUnitId=${east.id}&tier=B&page=1&pageSize=50`;
    const app = await startAppServer(dataset.handle);
    const bare = await startBareServer(dataset.raw, `bare server (${dataset.engine})`);
    try {
      const cookie = await app.login('rm.east');
      const appUrl = `${app.url}/api/customers?${query}`;
      const bareUrl = `${bare.url}/customers?${query}`;
      const total = await assertSamePage(appUrl, bareUrl, cookie);
      const load = { connections: settings.connections, durationSeconds: settings.durationSeconds };
      const [appResult, bareResult] = await compareLoad(
        { ...load, url: appUrl, headers: { cookie } },
        { ...load, url: bareUrl },
      );
      const row = (metric: string, pick: (r: LoadResult) => number, unit: string) =>
        benchRow({
          scenario: 'customer-list',
          engine: dataset.engine,
          size: dataset.size,
          metric,
          value: pick(appResult),
          unit,
          baseline: pick(bareResult),
        });
      return [
        row('requests/s', (r) => r.requestsPerSecond, 'req/s'),
        row('latency p50', (r) => r.p50, 'ms'),
        row('latency p97.5', (r) => r.p975, 'ms'),
        row('latency p99', (r) => r.p99, 'ms'),
        benchRow({
          scenario: 'customer-list',
          engine: dataset.engine,
          size: dataset.size,
          metric: 'matching customers (total)',
          value: total,
          unit: 'rows',
        }),
      ];
    } finally {
      await app.close();
      await bare.close();
    }
  },
};

/** Both routes must answer the same page, or the comparison compares different work. */
async function assertSamePage(appUrl: string, bareUrl: string, cookie: string): Promise<number> {
  const appClient = new HttpClient(appUrl);
  const bareClient = new HttpClient(bareUrl);
  try {
    const fromApp = await appClient.getJson<ListPage>(appUrl, { cookie });
    const fromBare = await bareClient.getJson<ListPage>(bareUrl);
    const ids = (page: ListPage) => page.items.map((item) => item.id).join(',');
    if (fromApp.total !== fromBare.total || ids(fromApp) !== ids(fromBare)) {
      throw new Error(
        `bench: app and bare route disagree (totals ${fromApp.total} vs ${fromBare.total})`,
      );
    }
    if (fromApp.items.length === 0) throw new Error('bench: the list page is empty');
    return fromApp.total;
  } finally {
    appClient.close();
    bareClient.close();
  }
}
