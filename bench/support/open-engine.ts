import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DbHandle, Engine } from '../../src/db/db-types.ts';
import { openPglite } from '../../src/db/open-pglite.ts';
import { openPostgres } from '../../src/db/open-postgres.ts';
import { deferCleanup } from './cleanup.ts';
import { pgliteRawSql, postgresRawSql, type RawSql } from './raw-sql.ts';

/** An empty, migrated database of one engine, with a baseline connection beside the app's. */
export type OpenEngine = {
  engine: Engine;
  handle: DbHandle;
  raw: RawSql;
  /** Releases everything opened here (and drops the scratch database / temp directory). */
  close(): Promise<void>;
};

/** PGlite in a temp data directory (on disk, as in use; 2M rows would not fit in WASM memory). */
export async function openPgliteEngine(): Promise<OpenEngine> {
  const dir = await mkdtemp(join(tmpdir(), 'patron-bench-'));
  const removeDir = deferCleanup(`temp dir ${dir}`, () =>
    rm(dir, { recursive: true, force: true }),
  );
  const handle = await openPglite(dir);
  const closeHandle = deferCleanup('PGlite', () => handle.close());
  return {
    engine: 'pglite',
    handle,
    raw: pgliteRawSql(handle),
    async close() {
      await closeHandle();
      await removeDir();
    },
  };
}

/** A scratch database (`patron_bench_<pid>` by default) on the server of `adminUrl`, dropped on close. */
export async function openPostgresEngine(
  adminUrl: string,
  name = `patron_bench_${process.pid}`,
): Promise<OpenEngine> {
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name}`);
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const dropDb = deferCleanup(`database ${name}`, () =>
    adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  );
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openPostgres(url.toString());
  ignoreIdleClientErrors((handle.db as unknown as { $client: pg.Pool }).$client);
  const closeHandle = deferCleanup('PostgreSQL pool (app)', () => handle.close());
  const raw = postgresRawSql(url.toString(), ignoreIdleClientErrors);
  const closeRaw = deferCleanup('PostgreSQL pool (baseline)', () => raw.close());
  return {
    engine: 'postgres',
    handle,
    raw,
    async close() {
      await closeRaw();
      await closeHandle();
      await dropDb();
    },
  };
}

/**
 * `pool.end()` resolves before its sockets are closed, so `DROP DATABASE … WITH (FORCE)` can
 * still terminate an idle client, and a pool without an 'error' listener would crash the run.
 */
function ignoreIdleClientErrors(pool: pg.Pool): void {
  pool.on('error', (error) => {
    if ((error as { code?: string }).code !== '57P01') console.error('bench: idle client:', error);
  });
}

async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
