import pg from 'pg';
import { randomBytes } from 'node:crypto';
import type { DbHandle } from '../db/db-types.ts';
import { openPglite } from '../db/open-pglite.ts';
import { openPostgres } from '../db/open-postgres.ts';

/** Which engine database tests run on: PGlite unless PATRON_TEST_ENGINE=postgres. */
export const TEST_ENGINE = process.env.PATRON_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite';

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a scratch database on the
 * PostgreSQL server of DATABASE_URL that is dropped again on close.
 */
export async function openTestDb(): Promise<DbHandle> {
  if (TEST_ENGINE === 'pglite') return openPglite();
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('PATRON_TEST_ENGINE=postgres needs DATABASE_URL');
  const name = `patron_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openPostgres(url.toString(), { poolSize: 5 });
  return {
    ...handle,
    async close() {
      await handle.close();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name}`);
    },
  };
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
