import { startAppServer } from '../support/app-server.ts';
import { benchRow, type BenchRow } from '../support/bench-row.ts';
import { handWrittenList, runHandWrittenList } from '../support/hand-written-list-sql.ts';
import { HttpClient } from '../support/http-client.ts';
import { timeInterleaved, type LatencyStats } from '../support/latency-stats.ts';
import type { Scenario } from '../support/scenario.ts';

/**
 * What people type into the search box: a brand word and a city (two characters, the usual
 * length of a Chinese word), an industry word of three, and the start of a credit code. All
 * occur in the demo generator's names (src/db/demo/company-words.ts, geography-data.ts).
 */
export const SEARCH_TERMS = ['恒达', '苏州', '新能源', '91320505'] as const;

type ListPage = { total: number };

/** Name search through the list endpoint as the director (no scope), one request at a time. */
export const searchScenario: Scenario = {
  name: 'search',
  summary: `GET /api/customers?q=… (${SEARCH_TERMS.join(', ')}) as director, sequential`,
  async run({ dataset, settings }) {
    const app = await startAppServer(dataset.handle);
    const client = new HttpClient(app.url);
    const query = (text: string, params: unknown[]) => dataset.raw.query(text, params);
    const count = settings.sequentialRequests;
    const warmUp = Math.ceil(count / 10);
    try {
      const cookie = await app.login('director');
      const rows: BenchRow[] = [];
      for (const term of SEARCH_TERMS) {
        const path = `/api/customers?q=${encodeURIComponent(term)}&page=1&pageSize=50`;
        const sql = handWrittenList({ q: term }, 1, 50);
        const { total } = await client.getJson<ListPage>(path, { cookie });
        const direct = await runHandWrittenList(query, sql);
        if (direct.total !== total) {
          throw new Error(`bench: search ${term}: app found ${total}, SQL ${direct.total}`);
        }
        const { app: appStats, baseline: sqlStats } = await timeInterleaved(
          count,
          warmUp,
          () => client.getJson(path, { cookie }),
          () => runHandWrittenList(query, sql),
        );
        rows.push(...termRows(dataset.engine, dataset.size, term, appStats, sqlStats, total));
      }
      return rows;
    } finally {
      client.close();
      await app.close();
    }
  },
};

function termRows(
  engine: BenchRow['engine'],
  size: string,
  term: string,
  app: LatencyStats,
  sql: LatencyStats,
  total: number,
): BenchRow[] {
  const row = (metric: string, value: number, unit: string, baseline?: number) =>
    benchRow({
      scenario: 'search',
      engine,
      size,
      metric: `${metric} q=${term}`,
      value,
      unit,
      baseline,
    });
  return [
    row('latency p50', app.p50, 'ms', sql.p50),
    row('latency p95', app.p95, 'ms', sql.p95),
    row('matches', total, 'rows'),
  ];
}
