import { loadDemoData } from '../../src/app/demo/load-demo-data.ts';
import { benchRow, type BenchRow } from './bench-row.ts';
import { rawCopyRowsPerSecond } from './copy-baseline.ts';
import type { OpenEngine } from './open-engine.ts';
import { BENCH_AS_OF, BENCH_PASSWORD, BENCH_SEED } from './settings.ts';

/** A loaded database every scenario of the run shares (one per engine). */
export type Dataset = OpenEngine & {
  customers: number;
  transactions: number;
  /** The `size` column of the report, e.g. "100,000 customers / 2,003,118 orders". */
  size: string;
  /** Load time, speed against raw COPY, and database size: the `load` rows of the report. */
  loadRows: BenchRow[];
};

type Counts = { customers: number; team: number; contacts: number; transactions: number };

export async function loadDataset(open: OpenEngine, customers: number): Promise<Dataset> {
  const label = `[${open.engine}]`;
  const start = performance.now();
  let nextReport = 0;
  const result = await loadDemoData(open.handle, {
    password: BENCH_PASSWORD,
    customers,
    seed: BENCH_SEED,
    asOf: BENCH_AS_OF,
    // The load is timed against raw COPY; the scoring scenario measures runs on its own.
    evaluation: false,
    onProgress(done, total) {
      if (done < nextReport) return;
      nextReport += total / 10;
      const seconds = ((performance.now() - start) / 1000).toFixed(0);
      console.log(`${label} loading demo data: ${done}/${total} customers, ${seconds} s`);
    },
  });
  const loadSeconds = (performance.now() - start) / 1000;
  const counts = await countRows(open);
  const rowsLoaded = counts.customers + counts.team + counts.contacts + counts.transactions;
  const size = `${counts.customers.toLocaleString('en')} customers / ${counts.transactions.toLocaleString('en')} orders`;
  console.log(
    `${label} loaded ${rowsLoaded.toLocaleString('en')} rows in ${loadSeconds.toFixed(1)} s; ` +
      'measuring raw COPY, then VACUUM ANALYZE…',
  );
  // Before the vacuum, so its scratch table's writes are settled when the scenarios start.
  const copy = await rawCopyRowsPerSecond(open, customers);

  // The loader only analyses. VACUUM also sets the visibility map, without which counts cannot
  // use index-only scans: measured 5 ms → 0.8 ms for the list's count at 100k customers. A
  // server reaches that state soon anyway (autovacuum; the maintenance job on PGlite).
  const vacuumStart = performance.now();
  await open.raw.query('VACUUM ANALYZE');
  const vacuumSeconds = (performance.now() - vacuumStart) / 1000;
  const megabytes = await databaseMegabytes(open);

  const row = (metric: string, value: number, unit: string, baseline?: number) =>
    benchRow({ scenario: 'load', engine: open.engine, size, metric, value, unit, baseline });
  const loadRows = [
    row('demo load (loadDemoData), all tables', loadSeconds, 's'),
    row(
      'rows loaded per second vs raw COPY of orders',
      rowsLoaded / loadSeconds,
      'rows/s',
      copy.rows / copy.seconds,
    ),
    row('VACUUM ANALYZE after load', vacuumSeconds, 's'),
    row('database size', megabytes, 'MB'),
  ];
  return {
    ...open,
    customers: counts.customers,
    transactions: result.transactions,
    size,
    loadRows,
  };
}

async function countRows({ raw }: OpenEngine): Promise<Counts> {
  const [row] = await raw.query<Counts>(
    `SELECT (SELECT count(*) FROM customers) AS customers,
            (SELECT count(*) FROM customer_team) AS team,
            (SELECT count(*) FROM contacts) AS contacts,
            (SELECT count(*) FROM transactions) AS transactions`,
  );
  if (!row) throw new Error('bench: counting rows returned nothing');
  return {
    customers: Number(row.customers),
    team: Number(row.team),
    contacts: Number(row.contacts),
    transactions: Number(row.transactions),
  };
}

async function databaseMegabytes({ raw }: OpenEngine): Promise<number> {
  const [row] = await raw.query<{ bytes: number | string }>(
    'SELECT pg_database_size(current_database()) AS bytes',
  );
  return Number(row?.bytes ?? 0) / 1024 / 1024;
}
