import { join } from 'node:path';
import { loadConfig, type Config } from '../app/config/load-config.ts';
import { actorDatabases } from '../app/actor-db.ts';
import type { AppContext } from '../app/context.ts';
import { loadKeyring } from '../app/crypto/key-files.ts';
import { consoleLog, randomIds, systemClock } from '../app/system-services.ts';
import { openDb } from '../db/open-db.ts';
import type { DbHandle } from '../db/db-types.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { osUserName } from './os-user.ts';

export type Runtime = { config: Config; handle: DbHandle; ctx: AppContext; close(): Promise<void> };

/**
 * Opens the configured database (migrating it) and gives a context acting as the local
 * operator: whoever runs the CLI on this machine already holds the database.
 */
export async function openRuntime(env: NodeJS.ProcessEnv = process.env): Promise<Runtime> {
  const config = loadConfig(env);
  const unlock = config.databaseUrl ? async () => {} : await lockDataDir(config.dataDir);
  try {
    // Before the database opens, so a bad key file leaves nothing open behind it.
    const keyring = await loadKeyring(config.secretKeyFile);
    const handle = await openDb({
      databaseUrl: config.databaseUrl,
      appDatabaseUrl: config.appDatabaseUrl,
      dataDir: join(config.dataDir, 'pglite'),
    });
    const ctx: AppContext = {
      db: handle.db,
      ...actorDatabases(handle),
      engine: handle.engine,
      actor: { kind: 'system', name: `cli:${osUserName()}` },
      clock: systemClock,
      ids: randomIds,
      log: consoleLog,
      keyring,
    };
    return {
      config,
      handle,
      ctx,
      async close() {
        await handle.close();
        await unlock();
      },
    };
  } catch (error) {
    await unlock();
    throw error;
  }
}
