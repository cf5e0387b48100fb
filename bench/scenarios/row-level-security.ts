import { startAppServer, type AppServer } from '../support/app-server.ts';
import { benchRow, type BenchRow } from '../support/bench-row.ts';
import { HttpClient } from '../support/http-client.ts';
import { timeInterleaved } from '../support/latency-stats.ts';
import type { Dataset } from '../support/load-dataset.ts';
import type { Scenario } from '../support/scenario.ts';

/**
 * Scoped readers, whom PostgreSQL's row-level security binds (docs/security.md): the demo's
 * regional manager of the largest region, and its KA manager with the most accounts. Read-all
 * users act as a role whose policies are `true`, which the planner drops: not measured here.
 */
const READERS = ['rm.east', 'kam.east.1'] as const;
/** A common industry word and a rarer one of the demo's names (src/db/demo/company-words.ts). */
const SEARCH_TERMS = ['机械', '新能源'] as const;

/**
 * The same requests to two servers on the same database: one as production runs it (every
 * statement bound to the reader, the policies filtering), one whose statements all run unscoped,
 * so the application's predicate alone draws the line. PostgreSQL only: PGlite binds nobody.
 */
export const rowLevelSecurityScenario: Scenario = {
  name: 'row-level-security',
  summary: `list, name search and 360 as ${READERS.join(', ')}, with row-level security against without (PostgreSQL only)`,
  async run({ dataset, settings }) {
    if (dataset.engine !== 'postgres') return [];
    const bound = await startAppServer(dataset.handle);
    const unbound = await startAppServer(dataset.handle, { rowLevelSecurity: false });
    const client = new HttpClient(bound.url);
    const baselineClient = new HttpClient(unbound.url);
    const count = settings.sequentialRequests;
    const warmUp = Math.ceil(count / 10);
    try {
      const rows: BenchRow[] = [];
      for (const reader of READERS) {
        const cookies = await signInBoth(reader, bound, unbound);
        for (const { label, path } of await casesOf(reader, dataset)) {
          const [withPolicies, without] = await Promise.all([
            client.getJson<unknown>(path, { cookie: cookies.bound }),
            baselineClient.getJson<unknown>(path, { cookie: cookies.unbound }),
          ]);
          // The two servers must answer alike, or the comparison means nothing.
          if (JSON.stringify(withPolicies) !== JSON.stringify(without)) {
            throw new Error(`bench: ${reader} ${label}: the answers differ with and without RLS`);
          }
          const stats = await timeInterleaved(
            count,
            warmUp,
            () => client.getJson(path, { cookie: cookies.bound }),
            () => baselineClient.getJson(path, { cookie: cookies.unbound }),
          );
          const row = (metric: string, value: number, baseline: number) =>
            benchRow({
              scenario: 'row-level-security',
              engine: dataset.engine,
              size: dataset.size,
              metric: `${metric} ${reader} ${label}`,
              value,
              unit: 'ms',
              baseline,
            });
          rows.push(
            row('latency p50', stats.app.p50, stats.baseline.p50),
            row('latency p95', stats.app.p95, stats.baseline.p95),
          );
        }
      }
      return rows;
    } finally {
      client.close();
      baselineClient.close();
      await bound.close();
      await unbound.close();
    }
  },
};

async function signInBoth(reader: string, bound: AppServer, unbound: AppServer) {
  return { bound: await bound.login(reader), unbound: await unbound.login(reader) };
}

/**
 * The customers `$1` reads in the demo, written by hand: their region's (a regional manager) or
 * their account teams'. Only to pick a 360 page; the app's answer (200, not 404) confirms it.
 */
const READABLE_BY_USERNAME = `
  SELECT c.id FROM customers c
  JOIN users u ON u.username = $1
  JOIN org_units own ON own.id = u.org_unit_id
  JOIN org_units ou ON ou.id = c.org_unit_id
  WHERE (EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'regional_manager')
         AND starts_with(ou.path, own.path))
     OR EXISTS (SELECT 1 FROM customer_team ct WHERE ct.customer_id = c.id AND ct.user_id = u.id)`;

/** The list's first page, each search term, and the 360 page of the reader's busiest customer. */
async function casesOf(reader: string, dataset: Dataset) {
  const cases = [{ label: 'list', path: '/api/customers?page=1&pageSize=50' }];
  for (const term of SEARCH_TERMS) {
    cases.push({
      label: `search q=${term}`,
      path: `/api/customers?q=${encodeURIComponent(term)}&page=1&pageSize=50`,
    });
  }
  const [busiest] = await dataset.raw.query<{ id: number }>(
    `SELECT t.customer_id AS id FROM transactions t
     WHERE t.customer_id IN (${READABLE_BY_USERNAME})
     GROUP BY t.customer_id ORDER BY count(*) DESC, t.customer_id LIMIT 1`,
    [reader],
  );
  if (!busiest) throw new Error(`bench: ${reader} reads no customer with orders`);
  cases.push({ label: '360 (busiest customer)', path: `/api/customers/${busiest.id}/360` });
  return cases;
}
