import type { Role } from '../domain/roles.ts';
import type { Db, Engine } from '../db/db-types.ts';
import type { Keyring } from './crypto/keyring.ts';

/** Who is acting. A `system` actor is the local operator (CLI) or the demo loader. */
export type UserActor = {
  kind: 'user';
  userId: number;
  username: string;
  displayName: string;
  roles: readonly Role[];
  orgUnitId: number;
  /** Materialised path of the actor's org unit, e.g. "/1/3/"; scope of regional roles. */
  orgUnitPath: string;
  ip?: string | undefined;
  /** The HTTP request acting (its X-Request-Id), written to the audit row; none outside HTTP. */
  requestId?: string | undefined;
};
/** `requestId` is set only for a system actor acting inside a request (a failed sign-in). */
export type SystemActor = { kind: 'system'; name: string; requestId?: string | undefined };
export type Actor = UserActor | SystemActor;

export type Clock = { now(): Date };
export type Ids = { token(bytes?: number): string };
export type Log = {
  info(message: string, data?: object): void;
  warn(message: string, data?: object): void;
  error(message: string, data?: object): void;
};

/**
 * Everything a use case needs, passed explicitly so the same function serves the API, the CLI,
 * jobs and tests. There is no global database client.
 */
export type AppContext = {
  /** Bound to `actor` (PostgreSQL row-level security): change the actor with `withActor` only. */
  db: Db;
  /** The Db for another actor (actor-db.ts); `withActor` uses it. */
  dbFor: (actor: Actor) => Db;
  /** Whether row-level security filters `dbFor(actor)`'s statements (DbHandle.policiesBind). */
  policiesBindFor: (actor: Actor) => boolean;
  engine: Engine;
  actor: Actor;
  clock: Clock;
  ids: Ids;
  log: Log;
  /** Keys for sensitive fields (C7.4); absent where nothing sealed is touched (OpenAPI export). */
  keyring?: Keyring;
};

/** Acts as another actor, and so through the database binding of that actor. */
export function withActor(ctx: AppContext, actor: Actor): AppContext {
  return { ...ctx, actor, db: ctx.dbFor(actor) };
}
