/** Fixed inputs of a benchmark run, so two runs load the same data and can be compared. */
export const BENCH_CUSTOMERS = 100_000;
export const BENCH_SEED = 20_250_101;
/** End of the demo purchase history; fixed so the data never depends on the day of the run. */
export const BENCH_AS_OF = new Date('2026-06-30T00:00:00Z');
/** Every demo user's password in the throw-away benchmark database. */
export const BENCH_PASSWORD = 'Bench-2026-patron!';

export type BenchSettings = {
  customers: number;
  /** Measured seconds of each autocannon run (a warm-up of a third of it comes first). */
  durationSeconds: number;
  connections: number;
  /** Sequential requests per case in the latency scenarios (after a tenth as warm-up). */
  sequentialRequests: number;
  /** Orders per file in the import scenario (CSV and .xlsx). */
  importTransactions: number;
  /** New customers per file in the import scenario. */
  importCustomers: number;
  /**
   * Customers of the scoring scenario's second, large PostgreSQL dataset (issue 4: 1,000,000);
   * null: not run (loading it takes ~10 minutes and ~9 GB).
   */
  scoringLargeCustomers: number | null;
};

export const DEFAULT_SETTINGS: BenchSettings = {
  customers: BENCH_CUSTOMERS,
  durationSeconds: 10,
  connections: 10,
  sequentialRequests: 300,
  importTransactions: 1_000_000,
  importCustomers: 100_000,
  scoringLargeCustomers: null,
};
