import type { Db, DbHandle } from '../db/db-types.ts';
import { actorBinding } from './access/actor-binding.ts';
import type { Actor } from './context.ts';

/**
 * `AppContext.dbFor` of a database handle: the Db whose statements run bound to the actor, so
 * that on PostgreSQL row-level security backs the record scope up (docs/security.md).
 */
export function actorDatabases(handle: DbHandle): (actor: Actor) => Db {
  return (actor) => handle.dbFor(actorBinding(actor));
}
