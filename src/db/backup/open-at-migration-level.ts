import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from '../schema/index.ts';
import type { Db, Engine } from '../db-types.ts';
import { ensurePgliteDataDir } from '../pglite-data-dir.ts';

// int8 as JS numbers, as open-postgres.ts has it: the restore's counts are compared as numbers.
pg.types.setTypeParser(20, (value) => Number(value));

export type StoreAtLevel = { db: Db; engine: Engine; close(): Promise<void> };

/**
 * Opens the configured database migrated only as far as `migrationsFolder` goes (see
 * migrations-up-to.ts), as its owner: PGlite's superuser, or DATABASE_URL's login. Only a
 * restore of an older backup uses it — into an empty database at the backup's level, before the
 * usual open (open-db.ts) runs the newer migrations over the restored rows. Nothing else may
 * work on a database that is not at the latest level.
 */
export async function openAtMigrationLevel(
  config: { databaseUrl?: string | undefined; dataDir: string },
  migrationsFolder: string,
): Promise<StoreAtLevel> {
  if (config.databaseUrl) return openPostgresAt(config.databaseUrl, migrationsFolder);
  await ensurePgliteDataDir(config.dataDir);
  const client = await PGlite.create(config.dataDir, { extensions: { pg_trgm } });
  try {
    await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder });
  } catch (error) {
    await client.close();
    throw error;
  }
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    engine: 'pglite',
    close: () => client.close(),
  };
}

async function openPostgresAt(url: string, migrationsFolder: string): Promise<StoreAtLevel> {
  const pool = new pg.Pool({ connectionString: url, max: 2, options: '-c jit=off' });
  pool.on('error', (error) => {
    process.emitWarning(`PostgreSQL connection lost: ${error.message}`);
  });
  try {
    // The lock every opener migrates under (open-postgres.ts): a server starting meanwhile waits.
    const lockClient = await pool.connect();
    try {
      await lockClient.query('SELECT pg_advisory_lock(7242001)');
      await migratePostgres(drizzlePostgres(lockClient, { schema }), { migrationsFolder });
    } finally {
      await lockClient.query('SELECT pg_advisory_unlock(7242001)').catch(() => undefined);
      lockClient.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    db: drizzlePostgres(pool, { schema }) as unknown as Db,
    engine: 'postgres',
    close: () => pool.end(),
  };
}
