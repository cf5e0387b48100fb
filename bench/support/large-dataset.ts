import { loadDemoData } from '../../src/app/demo/load-demo-data.ts';
import { openPostgresEngine, type OpenEngine } from './open-engine.ts';
import { BENCH_AS_OF, BENCH_PASSWORD, BENCH_SEED } from './settings.ts';

export type LargeDataset = OpenEngine & { size: string };

/**
 * A second PostgreSQL scratch database with `customers` demo customers (the scoring scenario's
 * 1,000,000 / ~20,000,000 case). Lighter than load-dataset.ts: no raw-COPY probe (it would copy
 * 20 million orders out and in again) and no load rows; only the load and VACUUM ANALYZE that
 * any server has settled into before a run is computed. Loads ~20,000 customers per 10 s.
 */
export async function loadLargePostgresDataset(
  adminUrl: string,
  customers: number,
): Promise<LargeDataset> {
  const open = await openPostgresEngine(adminUrl, `patron_bench_large_${process.pid}`);
  const label = '[postgres, large]';
  const start = performance.now();
  let nextReport = 0;
  const result = await loadDemoData(open.handle, {
    password: BENCH_PASSWORD,
    customers,
    seed: BENCH_SEED,
    asOf: BENCH_AS_OF,
    // Timed on its own by the scoring scenario, as in load-dataset.ts.
    evaluation: false,
    onProgress(done, total) {
      if (done < nextReport) return;
      nextReport += total / 20;
      const seconds = ((performance.now() - start) / 1000).toFixed(0);
      console.log(`${label} loading demo data: ${done}/${total} customers, ${seconds} s`);
    },
  });
  await open.raw.query('VACUUM ANALYZE');
  const seconds = ((performance.now() - start) / 1000).toFixed(0);
  console.log(`${label} loaded and vacuumed ${result.transactions} orders in ${seconds} s`);
  const size = `${customers.toLocaleString('en')} customers / ${result.transactions.toLocaleString('en')} orders`;
  return { ...open, size };
}
