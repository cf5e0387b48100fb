import { randomBytes } from 'node:crypto';
import { actorDatabases } from '../app/actor-db.ts';
import type { Actor, AppContext, Clock } from '../app/context.ts';
import { makeKeyring } from '../app/crypto/keyring.ts';
import { randomIds, silentLog } from '../app/system-services.ts';
import type { DbHandle } from '../db/db-types.ts';

/** A clock tests can move. */
export function fixedClock(
  start = new Date('2026-06-30T08:00:00Z'),
): Clock & { advance(ms: number): void } {
  let now = start.getTime();
  return { now: () => new Date(now), advance: (ms) => void (now += ms) };
}

/**
 * A use case's context as a request would build it: `db` is bound to the actor, so on
 * PostgreSQL row-level security backs the record scope up in every test that acts as a user.
 */
export function testContext(
  handle: DbHandle,
  actor: Actor = { kind: 'system', name: 'test' },
  clock: Clock = fixedClock(),
): AppContext {
  const databases = actorDatabases(handle);
  return {
    db: databases.dbFor(actor),
    ...databases,
    engine: handle.engine,
    actor,
    clock,
    ids: randomIds,
    log: silentLog,
    keyring: makeKeyring(randomBytes(32)),
  };
}
