import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.ts';
import type { ActorBinding } from './actor-binding.ts';

/** Both drivers (PGlite, node-postgres) give this one type; use cases never see which. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Engine = 'pglite' | 'postgres';

/** A transaction handle is a Db too: use cases call `db.transaction(tx => …)` and pass tx on. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export type CopySource = { table: string; columns: readonly string[]; csv: string };

export type DbHandle = {
  /** Acts as the system actor: every row (on PostgreSQL as the app's unscoped role). */
  db: Db;
  engine: Engine;
  /**
   * A Db whose every statement runs bound to this actor: on PostgreSQL row-level security then
   * shows it only its record scope (actor-binding.ts); on PGlite it is `db` (the superuser, whom
   * policies do not bind: the application's predicate alone).
   */
  dbFor(binding: ActorBinding): Db;
  /**
   * Whether row-level security filters the statements of `dbFor(binding)`: a scoped binding on
   * PostgreSQL. Queries whose index conditions are not leakproof take another shape there
   * (src/db/customers/name-search.ts); the rows are the same.
   */
  policiesBind(binding: ActorBinding): boolean;
  /**
   * The owner that migrated: for a restore (it drops and adds foreign keys and loads by COPY),
   * the demo loader's VACUUM (only a table's owner may) and tests that tamper with the
   * append-only audit log. Nothing else uses it.
   */
  ownerDb: Db;
  /** Bulk load CSV text with COPY (≈14× faster than batched INSERT on both engines). */
  copyCsv(source: CopySource): Promise<void>;
  close(): Promise<void>;
};
