import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { DbHandle } from '../../src/db/db-types.ts';

/**
 * The baseline's way to the database: hand-written SQL straight to the driver, without
 * drizzle, zod, sessions or scope. Counts come back as numbers on both engines (PGlite parses
 * int8 as a number; open-postgres.ts installs the same parser for `pg`).
 */
export type RawSql = {
  query<T extends object = Record<string, unknown>>(
    text: string,
    params?: readonly unknown[],
  ): Promise<T[]>;
  /** The CSV text of `COPY (query) TO …`. */
  copyOut(query: string): Promise<string>;
  close(): Promise<void>;
};

/** PGlite is one connection: the baseline shares the app's instance (drizzle's `$client`). */
export function pgliteRawSql(handle: DbHandle): RawSql {
  const client = (handle.db as unknown as { $client?: PGlite }).$client;
  if (!client || typeof client.query !== 'function') {
    throw new Error('bench: the PGlite handle does not expose its client');
  }
  return {
    async query<T extends object>(text: string, params: readonly unknown[] = []) {
      const result = await client.query<T>(text, [...params]);
      return result.rows;
    },
    async copyOut(query) {
      const result = await client.query(`COPY (${query}) TO '/dev/blob' WITH (FORMAT csv)`);
      if (!result.blob) throw new Error('bench: COPY TO /dev/blob returned no blob');
      return result.blob.text();
    },
    // The handle owns the instance and closes it.
    async close() {},
  };
}

/** Its own pool, as large as the app's (open-postgres.ts uses 10), so both sides get as many. */
export function postgresRawSql(
  url: string,
  onPool: (pool: pg.Pool) => void = () => {},
  poolSize = 10,
): RawSql {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  onPool(pool);
  return {
    async query<T extends object>(text: string, params: readonly unknown[] = []) {
      const result = await pool.query<T>(text, [...params]);
      return result.rows;
    },
    async copyOut(query) {
      const client = await pool.connect();
      try {
        const stream = client.query(copyTo(`COPY (${query}) TO STDOUT WITH (FORMAT csv)`));
        const chunks: Buffer[] = [];
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        return Buffer.concat(chunks).toString('utf8');
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
