import { TRANSACTION_COLUMNS } from '../../src/db/demo/tables.ts';
import type { OpenEngine } from './open-engine.ts';

// ~100k orders per COPY: raw COPY, without the loader's generation, in sizeable statements.
const CUSTOMERS_PER_CHUNK = 5_000;

/**
 * Raw COPY speed of the loaded orders into an empty twin of `transactions` (same columns,
 * indexes, identity and check that each order's customer exists, per statement as migration
 * 0020 does), through the app's own `copyCsv`. Only the COPY FROM is
 * timed; exporting the CSV first is not. This is what the loader would reach if generating
 * the data cost nothing.
 */
export async function rawCopyRowsPerSecond(
  { handle, raw }: OpenEngine,
  customers: number,
): Promise<{ rows: number; seconds: number }> {
  const columns = TRANSACTION_COLUMNS.join(', ');
  await raw.query('DROP TABLE IF EXISTS bench_copy_probe');
  await raw.query('CREATE TABLE bench_copy_probe (LIKE transactions INCLUDING ALL)');
  await raw.query(
    `CREATE TRIGGER bench_copy_probe_names_customers AFTER INSERT ON bench_copy_probe
       REFERENCING NEW TABLE AS patron_new_orders
       FOR EACH STATEMENT EXECUTE FUNCTION patron_orders_name_customers()`,
  );
  try {
    let seconds = 0;
    for (let first = 1; first <= customers; first += CUSTOMERS_PER_CHUNK) {
      const last = first + CUSTOMERS_PER_CHUNK - 1;
      const csv = await raw.copyOut(
        `SELECT ${columns} FROM transactions WHERE customer_id BETWEEN ${first} AND ${last}`,
      );
      if (csv.length === 0) continue;
      const start = performance.now();
      await handle.copyCsv({ table: 'bench_copy_probe', columns: TRANSACTION_COLUMNS, csv });
      seconds += (performance.now() - start) / 1000;
    }
    const [row] = await raw.query<{ n: number }>('SELECT count(*) AS n FROM bench_copy_probe');
    return { rows: Number(row?.n ?? 0), seconds };
  } finally {
    await raw.query('DROP TABLE IF EXISTS bench_copy_probe');
  }
}
