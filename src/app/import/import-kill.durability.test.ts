import { sql } from 'drizzle-orm';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../db/audit-repository.ts';
import type { DbHandle } from '../../db/db-types.ts';
import { mixSeed, Random } from '../../db/demo/random.ts';
import { queryRows } from '../../db/query-rows.ts';
import { httpRequest, sessionCookieOf } from '../../testing/http-request.ts';
import { TEST_ENGINE } from '../../testing/open-test-db.ts';
import {
  freePort,
  patronEnv,
  PatronProcess,
  runPatron,
  type PatronStore,
} from '../../testing/patron-process.ts';
import { pgliteStores, postgresStores, type ScratchStores } from '../../testing/scratch-stores.ts';

/**
 * kill -9 of the real `patron` processes in the middle of a large import (docs/security.md,
 * "Durability"): the CLI's `patron import`, and `patron serve` during an HTTP commit. After
 * each kill the store is opened again (PGlite recovers its data directory there), and holds
 * either nothing of the import or all of it; no key is there twice; and the import, run again
 * through the same path, ends where a clean run ends — the same table signature. The kill falls
 * at a seeded random point of the clean run's duration; a failure names its seed and delay.
 * Runs on the suite's engine: PGlite data directories, or (PATRON_TEST_ENGINE=postgres, which
 * the suite runs when DATABASE_URL is set) scratch databases created from a template.
 */

// Order rows: two COPY batches of the streamed commit (20,000 rows each), so that a commit
// merges one batch while half the file is still to come.
const ORDERS = 40_000;
// Five seeds per path; each picks its kill point with the seeded PRNG.
const CLI_SEEDS = [1, 2, 3, 4, 5];
const HTTP_SEEDS = [6, 7, 8, 9, 10];
const PASSWORD = 'Durable-Passw0rd!';
// A regional manager: may import orders of the region's customers, needs no second factor.
const IMPORTER = 'rm.east';
const SEED_TIMEOUT = 120_000;

/** The tables an order import writes; a clean run must change no other table's row count. */
const IMPORT_TABLES = ['audit_log', 'transactions'];

type Signature = {
  orders: number;
  ordersMd5: string;
  importAudit: number;
  importAuditMd5: string;
};

let baseDir: string;
let keyFile: string;
let ordersFile: string;
let ordersCsv: Buffer;
let stores: ScratchStores;
let before: Signature;
/** What a clean run of each path leaves. */
let clean: { cli: Signature; http: Signature };
/** Milliseconds of a clean run: from the request (HTTP), or from the start of the process (CLI). */
const duration = { cli: 0, http: 0 };
/** Milliseconds a `patron` command takes to start and open the store, before its own work. */
let startup = 0;

const envOf = (store: PatronStore) => patronEnv({ store, keyFile });

/**
 * What an import leaves, without what legitimately differs between runs: ids and timestamps,
 * the ids of the audit rows (sign-ins in between add rows of their own), request ids.
 */
async function signatureOf(handle: DbHandle): Promise<Signature> {
  const [orders] = await queryRows<{ n: number; md5: string }>(
    handle.db,
    sql`SELECT count(*)::int AS n, md5(coalesce(string_agg(concat_ws('|', c.credit_code,
          t.external_id, t.occurred_on, t.amount, t.cost, t.profit, t.product, t.quantity,
          t.channel, t.currency), E'\n' ORDER BY t.external_id COLLATE "C"), '')) AS md5
        FROM transactions t JOIN customers c ON c.id = t.customer_id`,
  );
  const [audit] = await queryRows<{ n: number; md5: string }>(
    handle.db,
    sql`SELECT count(*)::int AS n, md5(coalesce(string_agg(concat_ws('|', a.action,
          a.entity_type, a.actor_id, c.credit_code, a.after::text), E'\n' ORDER BY a.id), ''))
          AS md5
        FROM audit_log a LEFT JOIN customers c ON c.id = a.customer_id
        WHERE a.action IN ('import.commit', 'transaction.import')`,
  );
  return {
    orders: orders!.n,
    ordersMd5: orders!.md5,
    importAudit: audit!.n,
    importAuditMd5: audit!.md5,
  };
}

/** Keys that the import upserts by, each at most once. */
async function duplicateKeys(handle: DbHandle): Promise<string[]> {
  const rows = await queryRows<{ key: string }>(
    handle.db,
    sql`SELECT 'order ' || external_id AS key FROM transactions
          WHERE external_id IS NOT NULL GROUP BY external_id HAVING count(*) > 1
        UNION ALL
        SELECT 'customer ' || credit_code FROM customers GROUP BY credit_code HAVING count(*) > 1`,
  );
  return rows.map((r) => r.key);
}

async function tableCounts(handle: DbHandle): Promise<Record<string, number>> {
  const tables = await queryRows<{ name: string }>(
    handle.db,
    sql`SELECT table_name AS name FROM information_schema.tables
         WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await queryRows<{ n: number }>(
      handle.db,
      sql.raw(`SELECT count(*)::int AS n FROM "${name}"`),
    );
    counts[name] = row!.n;
  }
  return counts;
}

/** Opens the store (recovering it), reads it, closes it again for the next `patron`. */
async function inspect<T>(store: PatronStore, read: (handle: DbHandle) => Promise<T>): Promise<T> {
  await stores.settle(store);
  const handle = await stores.open(store);
  try {
    return await read(handle);
  } finally {
    await handle.close();
  }
}

/** The whole state after a kill or a finished run: signature, duplicate keys, audit chain. */
async function stateOf(store: PatronStore) {
  return inspect(store, async (handle) => ({
    signature: await signatureOf(handle),
    duplicates: await duplicateKeys(handle),
    chain: await verifyAuditChain(handle.db),
  }));
}

function importCli(store: PatronStore): PatronProcess {
  return PatronProcess.start(['import', 'transactions', ordersFile], envOf(store));
}

/** `patron serve` on the store, listening, with the importer signed in. */
async function serve(store: PatronStore) {
  const port = await freePort();
  const server = PatronProcess.start(['serve', '--port', String(port)], envOf(store));
  await server.waitForOutput('Patron 已启动');
  const base = `http://127.0.0.1:${port}`;
  const login = await httpRequest(base, {
    method: 'POST',
    path: '/api/auth/login',
    body: { username: IMPORTER, password: PASSWORD },
  });
  if (login.status !== 200) {
    await server.stop();
    throw new Error(`sign-in: ${login.status} ${login.text}`);
  }
  const cookie = sessionCookieOf(login);
  const commit = () =>
    httpRequest(base, {
      method: 'POST',
      path: '/api/imports/transactions/commit?fileName=orders.csv',
      headers: { cookie, 'content-type': 'text/csv' },
      body: ordersCsv,
    });
  return { server, commit };
}

async function commitOverHttp(store: PatronStore): Promise<number> {
  const { server, commit } = await serve(store);
  try {
    const started = performance.now();
    const response = await commit();
    expect(response.status, response.text).toBe(200);
    expect(JSON.parse(response.text)).toMatchObject({ status: 'committed', errorRows: 0 });
    return performance.now() - started;
  } finally {
    await server.stop();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The orders file: rows spread over the importer's region's customers (the template's). */
async function writeOrdersFile(): Promise<void> {
  const codes = await inspect(stores.template, (handle) =>
    queryRows<{ code: string }>(
      handle.db,
      sql`SELECT c.credit_code AS code FROM customers c JOIN org_units o ON o.id = c.org_unit_id
           WHERE o.code = 'EAST' ORDER BY c.credit_code`,
    ),
  );
  expect(codes.length).toBeGreaterThan(1);
  const lines = ['客户统一社会信用代码,订单号,订单日期,金额,成本金额,产品名称,数量,销售渠道'];
  for (let i = 0; i < ORDERS; i++) {
    const day = `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const amount = 1000 + ((i * 7919) % 900_000);
    lines.push(
      `${codes[i % codes.length]!.code},DUR-SO-${String(i).padStart(8, '0')},${day},` +
        `${amount}.50,${Math.floor(amount * 0.7)}.25,数控车床 CK6150,${1 + (i % 20)},直销`,
    );
  }
  ordersCsv = Buffer.from(lines.join('\n') + '\n');
  await writeFile(ordersFile, ordersCsv);
}

async function cleanCliRun(): Promise<Signature> {
  const store = await stores.copy();
  const countsBefore = await inspect(store, tableCounts);
  const opened = performance.now();
  await runPatron(['migrate'], envOf(store));
  startup = performance.now() - opened;
  const started = performance.now();
  await runPatron(['import', 'transactions', ordersFile], envOf(store));
  duration.cli = performance.now() - started;
  const countsAfter = await inspect(store, tableCounts);
  const changed = Object.keys(countsAfter).filter((t) => countsAfter[t] !== countsBefore[t]);
  expect(changed.sort()).toEqual(IMPORT_TABLES);
  const signature = await inspect(store, signatureOf);
  expect(signature).toMatchObject({ orders: before.orders + ORDERS });
  return signature;
}

async function cleanHttpRun(): Promise<Signature> {
  const store = await stores.copy();
  duration.http = await commitOverHttp(store);
  const signature = await inspect(store, signatureOf);
  expect(signature).toMatchObject({ orders: before.orders + ORDERS });
  return signature;
}

beforeAll(async () => {
  baseDir = await mkdtemp(join(tmpdir(), 'patron-import-kill-'));
  keyFile = join(baseDir, 'key');
  ordersFile = join(baseDir, 'orders.csv');
  const serverUrl = process.env.DATABASE_URL;
  if (TEST_ENGINE === 'postgres' && !serverUrl)
    throw new Error('PATRON_TEST_ENGINE=postgres needs DATABASE_URL');
  stores =
    serverUrl && TEST_ENGINE === 'postgres' ? postgresStores(serverUrl) : pgliteStores(baseDir);
  await stores.prepareTemplate();
  await runPatron(
    ['demo', '--customers', '20', '--seed', '5'],
    patronEnv({
      store: stores.template,
      keyFile,
      extra: { PATRON_DEMO_PASSWORD: PASSWORD },
    }),
  );
  await writeOrdersFile();
  before = await inspect(stores.template, signatureOf);

  // The clean runs, side by side as the seeds run: what every killed run must end as, and how
  // long an import takes.
  const [cli, http] = await Promise.all([cleanCliRun(), cleanHttpRun()]);
  clean = { cli, http };
}, 300_000);

afterAll(async () => {
  await stores?.dropAll();
  await rm(baseDir, { recursive: true, force: true });
});

/**
 * The kill point of a seed: anywhere in the clean run's import work (after `skip`, the start of
 * the process), and a little past it.
 */
const killDelay = (seed: number, of: number, skip = 0) =>
  Math.round(skip + new Random(mixSeed(seed, 0x6b11)).next() * 1.1 * (of - skip));

/** `patron import` killed at the seed's point, then run again to its end. */
async function crashCli(seed: number): Promise<void> {
  const store = await stores.copy();
  const delay = killDelay(seed, duration.cli, startup);
  const where = `seed ${seed}: kill -9 of patron import after ${delay} ms of ${Math.round(duration.cli)}`;
  const run = importCli(store);
  await sleep(delay);
  await run.kill9();
  await expectNothingOrAll(store, clean.cli, where);
  await runPatron(['import', 'transactions', ordersFile], envOf(store));
  await expectClean(store, clean.cli, where);
}

/** `patron serve` killed at the seed's point of an HTTP commit, restarted, and committed again. */
async function crashHttp(seed: number): Promise<void> {
  const store = await stores.copy();
  const delay = killDelay(seed, duration.http);
  const where = `seed ${seed}: kill -9 of patron serve ${delay} ms into a commit of ${Math.round(duration.http)}`;
  const { server, commit } = await serve(store);
  const answer = commit().catch((error: Error) => error);
  await sleep(delay);
  await server.kill9();
  await answer;
  await expectNothingOrAll(store, clean.http, where);
  await commitOverHttp(store);
  await expectClean(store, clean.http, where);
}

async function expectNothingOrAll(store: PatronStore, all: Signature, where: string) {
  const state = await stateOf(store);
  expect([before, all], `${where}: a partial import`).toContainEqual(state.signature);
  expect(state.duplicates, where).toEqual([]);
  expect(state.chain.firstBreak, where).toBeNull();
}

async function expectClean(store: PatronStore, all: Signature, where: string) {
  const state = await stateOf(store);
  expect(state.signature, `${where}: after the import ran again`).toEqual(all);
  expect(state.duplicates, where).toEqual([]);
  expect(state.chain.firstBreak, where).toBeNull();
}

describe(`kill -9 during a large import (${TEST_ENGINE})`, () => {
  // One seed of each path at a time, side by side: two cores, two processes.
  it.each(CLI_SEEDS.map((seed, i) => [seed, HTTP_SEEDS[i]!]))(
    'seeds %i (patron import) and %i (patron serve, HTTP commit): nothing or all, then a clean finish',
    async (cliSeed, httpSeed) => {
      // Both run to their end (no process is left behind), then the first failure is told.
      const runs = await Promise.allSettled([crashCli(cliSeed), crashHttp(httpSeed)]);
      for (const run of runs) if (run.status === 'rejected') throw run.reason;
    },
    SEED_TIMEOUT,
  );
});
