import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as schema from './schema/index.ts';
import type { Db, DbHandle } from './db-types.ts';
import { MIGRATIONS_FOLDER } from './migrations-folder.ts';
import { quoteColumns } from './quote-columns.ts';

// int8 (count(*), sums of integers) as JS numbers: our counts stay far below 2^53.
pg.types.setTypeParser(20, (value) => Number(value));

export async function openPostgres(url: string, poolSize = 10): Promise<DbHandle> {
  // JIT off: this is an OLTP workload of short indexed queries, and a cost estimate that
  // crosses jit_above_cost once compiled for 300 ms to save microseconds (measured on the 360).
  const pool = new pg.Pool({ connectionString: url, max: poolSize, options: '-c jit=off' });
  // An idle connection the server ends (restart, failover, idle_session_timeout) must not take
  // the process down with an unhandled 'error' event; the pool replaces it on the next query.
  pool.on('error', (error) => {
    process.emitWarning(`PostgreSQL connection lost: ${error.message}`);
  });
  const db = drizzle(pool, { schema }) as unknown as Db;
  // Two servers starting at once must not both migrate: hold a session lock around it.
  const lockClient = await pool.connect();
  try {
    await lockClient.query('SELECT pg_advisory_lock(7242001)');
    await migrate(drizzle(lockClient, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await lockClient.query('SELECT pg_advisory_unlock(7242001)').catch(() => undefined);
    lockClient.release();
  }
  return {
    db,
    engine: 'postgres',
    async copyCsv({ table, columns, csv }) {
      const client = await pool.connect();
      try {
        const sink = client.query(
          copyFrom(`COPY ${table} (${quoteColumns(columns)}) FROM STDIN WITH (FORMAT csv)`),
        );
        await pipeline(Readable.from([csv]), sink);
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
