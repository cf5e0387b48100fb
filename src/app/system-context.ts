import type { DbHandle } from '../db/db-types.ts';
import { actorDatabases } from './actor-db.ts';
import type { AppContext } from './context.ts';
import { randomIds, silentLog } from './system-services.ts';

/**
 * A context for the system acting on its own (demo loader, benchmarks) at a fixed instant, with
 * no keyring: nothing it does touches sealed fields.
 */
export function systemContext(handle: DbHandle, name: string, at: Date): AppContext {
  return {
    db: handle.db,
    ...actorDatabases(handle),
    engine: handle.engine,
    actor: { kind: 'system', name },
    clock: { now: () => at },
    ids: randomIds,
    log: silentLog,
  };
}
