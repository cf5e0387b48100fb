import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actorDatabases } from '../../src/app/actor-db.ts';
import type { AppContext } from '../../src/app/context.ts';
import { commitImport } from '../../src/app/import/commit-import.ts';
import { dryRunImport } from '../../src/app/import/dry-run-import.ts';
import { fileSource } from '../../src/app/import/import-source.ts';
import type { ImportKind } from '../../src/domain/import/import-kinds.ts';
import type { ImportReport } from '../../src/domain/import/import-report.ts';
import { randomIds, silentLog, systemClock } from '../../src/app/system-services.ts';
import { benchRow, type BenchRow } from '../support/bench-row.ts';
import { deferCleanup } from '../support/cleanup.ts';
import {
  CUSTOMER_HEADER,
  customerRow,
  TRANSACTION_HEADER,
  transactionRow,
  writeCsv,
  writeXlsx,
} from '../support/import-files.ts';
import type { Dataset } from '../support/load-dataset.ts';
import type { Scenario } from '../support/scenario.ts';

// Typed like the import's staging table, so the baseline parses dates and decimals too.
type CopyTable = { name: string; columns: readonly (readonly [string, string])[] };
const ORDER_COPY_TABLE: CopyTable = {
  name: 'bench_import_orders',
  columns: [
    ['credit_code', 'text'], ['external_id', 'text'], ['occurred_on', 'date'], ['amount', 'numeric(18,2)'],
    ['cost', 'numeric(18,2)'], ['product', 'text'], ['quantity', 'numeric(18,3)'], ['channel', 'text'],
  ],
}; // prettier-ignore
const CUSTOMER_COPY_TABLE: CopyTable = {
  name: 'bench_import_customers',
  columns: [
    ['name', 'text'], ['credit_code', 'text'], ['nature', 'text'], ['industry', 'text'], ['province', 'text'],
    ['city', 'text'], ['address', 'text'], ['phone', 'text'], ['employees', 'int'], ['annual_revenue', 'text'],
  ],
}; // prettier-ignore
const COPY_LINES = 100_000;

/**
 * C1.12 at scale: orders from a CSV and from an .xlsx, and new customers (full validation and
 * the similar-name check), through `commitImport` — parse, validate, stage by COPY, check,
 * merge, audit — beside raw COPY of the same file's rows into a table typed like the stage.
 */
export const importScenario: Scenario = {
  name: 'import',
  summary: 'commitImport of orders (CSV, .xlsx) and customers, against raw COPY of the same file',
  async run({ dataset, settings }) {
    const dir = await mkdtemp(join(tmpdir(), 'patron-bench-import-'));
    const removeDir = deferCleanup(`temp dir ${dir}`, () =>
      rm(dir, { recursive: true, force: true }),
    );
    const ctx = benchContext(dataset);
    const log = (text: string) => console.log(`[${dataset.engine}] import: ${text}`);
    const orders = settings.importTransactions;
    const newCustomers = settings.importCustomers;
    try {
      const codes = (
        await dataset.raw.query<{ credit_code: string }>(
          'SELECT credit_code FROM customers WHERE merged_into_id IS NULL ORDER BY id',
        )
      ).map((r) => r.credit_code);
      const [firstUnit] = await dataset.raw.query<{ id: number }>(
        'SELECT id FROM org_units ORDER BY id LIMIT 1',
      );
      const unit = Number(firstUnit?.id);
      const ordersCsv = join(dir, 'orders.csv');
      const ordersXlsx = join(dir, 'orders.xlsx');
      const customersCsv = join(dir, 'customers.csv');
      log(`writing ${orders.toLocaleString('en')} orders as CSV and .xlsx…`);
      const order = (i: number) => transactionRow(i, codes);
      await writeCsv(ordersCsv, TRANSACTION_HEADER, orders, order);
      await writeXlsx(ordersXlsx, TRANSACTION_HEADER, orders, order);
      await writeCsv(customersCsv, CUSTOMER_HEADER, newCustomers, customerRow);

      const rows: BenchRow[] = [];
      const row = (metric: string, value: number, unit: string, baseline?: number) =>
        benchRow({
          scenario: 'import',
          engine: dataset.engine,
          size: dataset.size,
          metric,
          value,
          unit,
          baseline,
        });

      const orderCopy = await rawCopy(dataset, ordersCsv, ORDER_COPY_TABLE);
      log('importing the orders CSV…');
      const csvRun = await timed(
        () => run(ctx, 'transactions', ordersCsv, unit),
        orders,
        'created',
      );
      const again = await timed(
        () => run(ctx, 'transactions', ordersCsv, unit),
        orders,
        'unchanged',
      );
      await dataset.raw.query(`DELETE FROM transactions WHERE external_id LIKE 'BENCH-SO-%'`);
      log('importing the orders .xlsx…');
      const xlsxRun = await timed(
        () => run(ctx, 'transactions', ordersXlsx, unit),
        orders,
        'created',
      );
      await dataset.raw.query(`DELETE FROM transactions WHERE external_id LIKE 'BENCH-SO-%'`);

      const customerCopy = await rawCopy(dataset, customersCsv, CUSTOMER_COPY_TABLE);
      log('dry run and import of the customers CSV…');
      const dry = await timed(
        () => run(ctx, 'customers', customersCsv, unit, true),
        newCustomers,
        'created',
      );
      const customersRun = await timed(
        () => run(ctx, 'customers', customersCsv, unit),
        newCustomers,
        'created',
      );
      await dataset.raw.query(`DELETE FROM customers WHERE credit_code LIKE '91990000%'`);

      const copyRate = orderCopy.rows / orderCopy.seconds;
      rows.push(
        row(`orders CSV import, ${orders} rows (commit, all new)`, orders / csvRun, 'rows/s', copyRate),
        row(`orders CSV re-import, ${orders} rows (nothing changes)`, orders / again, 'rows/s', copyRate),
        row(`orders .xlsx import, ${orders} rows (commit, all new)`, orders / xlsxRun, 'rows/s', copyRate),
        row(`orders CSV import, ${orders} rows`, csvRun, 's'),
        row(`customers CSV dry run, ${newCustomers} rows (validation + similar names)`, newCustomers / dry, 'rows/s', customerCopy.rows / customerCopy.seconds),
        row(`customers CSV import, ${newCustomers} rows (commit, all new)`, newCustomers / customersRun, 'rows/s', customerCopy.rows / customerCopy.seconds),
      ); // prettier-ignore
      return rows;
    } finally {
      await removeDir();
    }
  },
};

function benchContext(dataset: Dataset): AppContext {
  return {
    db: dataset.handle.db,
    ...actorDatabases(dataset.handle),
    engine: dataset.handle.engine,
    actor: { kind: 'system', name: 'bench' },
    clock: systemClock,
    ids: randomIds,
    log: silentLog,
  };
}

async function run(
  ctx: AppContext,
  kind: ImportKind,
  path: string,
  orgUnitId: number,
  dryRun = false,
) {
  const request = { kind, source: await fileSource(path), orgUnitId };
  return dryRun ? dryRunImport(ctx, request) : commitImport(ctx, request);
}

/** Seconds of one import, checking it did what the scenario expects (so no figure is of a no-op). */
async function timed(
  work: () => Promise<ImportReport>,
  rows: number,
  expect: 'created' | 'unchanged',
): Promise<number> {
  const start = performance.now();
  const report = await work();
  const seconds = (performance.now() - start) / 1000;
  if (report.errorRows > 0 || report[expect] !== rows) {
    const first = JSON.stringify(report.errors.slice(0, 3));
    throw new Error(
      `bench: import ${report.kind} expected ${rows} ${expect}, got ${report[expect]} (${report.errorRows} bad rows: ${first})`,
    );
  }
  return seconds;
}

/** Raw COPY of the file's data rows (header dropped) in batches; only the COPY is timed. */
async function rawCopy(dataset: Dataset, path: string, table: CopyTable) {
  const { name } = table;
  const columns = table.columns.map(([column]) => column);
  await dataset.raw.query(`DROP TABLE IF EXISTS ${name}`);
  await dataset.raw.query(
    `CREATE TABLE ${name} (${table.columns.map(([c, type]) => `${c} ${type}`).join(', ')})`,
  );
  try {
    const lines = (await readFile(path, 'utf8')).split('\n').slice(1);
    let seconds = 0;
    for (let at = 0; at < lines.length; at += COPY_LINES) {
      const csv = lines.slice(at, at + COPY_LINES).join('\n');
      if (csv.trim() === '') continue;
      const start = performance.now();
      await dataset.handle.copyCsv({
        table: name,
        columns,
        csv: csv.endsWith('\n') ? csv : `${csv}\n`,
      });
      seconds += (performance.now() - start) / 1000;
    }
    const [count] = await dataset.raw.query<{ n: number }>(`SELECT count(*) AS n FROM ${name}`);
    return { rows: Number(count?.n ?? 0), seconds };
  } finally {
    await dataset.raw.query(`DROP TABLE IF EXISTS ${name}`);
  }
}
