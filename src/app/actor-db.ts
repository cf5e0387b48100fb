import type { DbHandle } from '../db/db-types.ts';
import { actorBinding } from './access/actor-binding.ts';
import type { AppContext } from './context.ts';

/**
 * `AppContext.dbFor` of a database handle: the Db whose statements run bound to the actor, so
 * that on PostgreSQL row-level security backs the record scope up (docs/security.md); and
 * whether those statements are filtered by it.
 */
export function actorDatabases(handle: DbHandle): Pick<AppContext, 'dbFor' | 'policiesBindFor'> {
  return {
    dbFor: (actor) => handle.dbFor(actorBinding(actor)),
    policiesBindFor: (actor) => handle.policiesBind(actorBinding(actor)),
  };
}
