import type { DbHandle } from './db-types.ts';
import { openPglite } from './open-pglite.ts';
import { openPostgres } from './open-postgres.ts';

export type DbConfig = {
  databaseUrl?: string | undefined;
  /** PostgreSQL only: the app's own login (PATRON_APP_DATABASE_URL). */
  appDatabaseUrl?: string | undefined;
  dataDir?: string | undefined;
};

/** DATABASE_URL set → PostgreSQL; otherwise PGlite in DATA_DIR. Migrates before returning. */
export async function openDb(config: DbConfig): Promise<DbHandle> {
  if (config.databaseUrl) {
    return openPostgres(config.databaseUrl, { appUrl: config.appDatabaseUrl });
  }
  return openPglite(config.dataDir);
}
