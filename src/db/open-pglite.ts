import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import * as schema from './schema/index.ts';
import type { Db, DbHandle } from './db-types.ts';
import { MIGRATIONS_FOLDER } from './migrations-folder.ts';
import { ensurePgliteDataDir } from './pglite-data-dir.ts';
import { quoteColumns } from './quote-columns.ts';

/**
 * PGlite is one connection in one process. Its own mutex serialises queries and whole
 * transactions, so concurrent requests never interleave inside a transaction.
 * `dataDir` undefined → in memory (tests).
 */
export async function openPglite(dataDir?: string): Promise<DbHandle> {
  if (dataDir) await ensurePgliteDataDir(dataDir);
  const client = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  const db = drizzle(client, { schema }) as unknown as Db;
  await migrate(drizzle(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
  return {
    db,
    engine: 'pglite',
    // PGlite connects as its superuser, whom row-level security never binds.
    dbFor: () => db,
    policiesBind: () => false,
    ownerDb: db,
    async copyCsv({ table, columns, csv }) {
      await client.query(
        `COPY ${table} (${quoteColumns(columns)}) FROM '/dev/blob' WITH (FORMAT csv)`,
        [],
        { blob: new Blob([csv]) },
      );
    },
    async close() {
      await client.close();
    },
  };
}
