import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as schema from './schema/index.ts';
import { bindStatement, OWNER_BIND, UNSCOPED, type BindStatement } from './actor-binding.ts';
import { verifyAppRole } from './app-role-check.ts';
import { ActorBoundPool } from './bound-pool.ts';
import type { Db, DbHandle } from './db-types.ts';
import { MIGRATIONS_FOLDER } from './migrations-folder.ts';
import { quoteColumns } from './quote-columns.ts';

// int8 (count(*), sums of integers) as JS numbers: our counts stay far below 2^53.
pg.types.setTypeParser(20, (value) => Number(value));

export type PostgresOptions = {
  poolSize?: number;
  /**
   * A login of the operator's for the app alone (PATRON_APP_DATABASE_URL; docs/security.md),
   * member of the app's roles and owner of nothing. Without it the app's connections are the
   * owner's, switched to the app's roles at every checkout.
   */
  appUrl?: string | undefined;
};

/**
 * `url` is the owner's: it migrates (under an advisory lock, so two servers starting at once do
 * not both migrate) and restores. Everything else runs through `ActorBoundPool`s of the app's
 * pool, bound to an actor at every checkout: `db` to the system actor, `dbFor` to a user.
 */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<DbHandle> {
  const poolSize = options.poolSize ?? 10;
  const ownerPool = newPool(url, options.appUrl ? 2 : poolSize);
  const appPool = options.appUrl ? newPool(options.appUrl, poolSize) : ownerPool;
  const pools = [...new Set([ownerPool, appPool])];
  try {
    await migrateAsOwner(ownerPool);
    const bound = boundDbCache(appPool);
    const db = bound(bindStatement(UNSCOPED));
    await verifyAppRole(db, { separateLogin: options.appUrl !== undefined });
    return {
      db,
      engine: 'postgres',
      dbFor: (binding) => (binding.kind === 'unscoped' ? db : bound(bindStatement(binding))),
      policiesBind: (binding) => binding.kind === 'scoped',
      ownerDb: boundDb(ownerPool, OWNER_BIND),
      copyCsv: (source) =>
        copyThroughStage(new ActorBoundPool(appPool, bindStatement(UNSCOPED)), source),
      async close() {
        await Promise.all(pools.map((pool) => pool.end()));
      },
    };
  } catch (error) {
    await Promise.all(pools.map((pool) => pool.end()));
    throw error;
  }
}

/** drizzle over a bound pool (it takes any client with a pool's `query` and `connect`). */
function boundDb(pool: pg.Pool, bind: BindStatement): Db {
  return drizzle(new ActorBoundPool(pool, bind) as unknown as pg.Pool, { schema }) as unknown as Db;
}

/** How many users' bound Dbs are kept: more than a server's signed-in users at once. */
const BOUND_DBS_KEPT = 1000;

/**
 * The bound Db of each binding, made once: building a drizzle instance walks the whole schema
 * for its relations (0.1–0.2 ms), and every request asks for its user's. Bounded: the least
 * recently used go first. A binding is its statement and values, so equal ones share a Db safely.
 */
function boundDbCache(pool: pg.Pool): (bind: BindStatement) => Db {
  const kept = new Map<string, Db>();
  return (bind) => {
    const key = JSON.stringify([bind.text, bind.values]);
    let db = kept.get(key);
    if (db) kept.delete(key);
    else db = boundDb(pool, bind);
    kept.set(key, db);
    if (kept.size > BOUND_DBS_KEPT) kept.delete(kept.keys().next().value as string);
    return db;
  };
}

function newPool(url: string, max: number): pg.Pool {
  // JIT off: this is an OLTP workload of short indexed queries, and a cost estimate that
  // crosses jit_above_cost once compiled for 300 ms to save microseconds (measured on the 360).
  const pool = new pg.Pool({ connectionString: url, max, options: '-c jit=off' });
  // An idle connection the server ends (restart, failover, idle_session_timeout) must not take
  // the process down with an unhandled 'error' event; the pool replaces it on the next query.
  pool.on('error', (error) => {
    process.emitWarning(`PostgreSQL connection lost: ${error.message}`);
  });
  return pool;
}

async function migrateAsOwner(pool: pg.Pool): Promise<void> {
  const lockClient = await pool.connect();
  try {
    await lockClient.query('SELECT pg_advisory_lock(7242001)');
    await migrate(drizzle(lockClient, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await lockClient.query('SELECT pg_advisory_unlock(7242001)').catch(() => undefined);
    lockClient.release();
  }
}

/**
 * COPY FROM refuses a table under row-level security for any role but its owner, and the app
 * never acts as the owner: the rows go to a temporary table by COPY, then into the table by one
 * INSERT … SELECT that the policies check like any other insert.
 */
async function copyThroughStage(
  pool: ActorBoundPool,
  { table, columns, csv }: { table: string; columns: readonly string[]; csv: string },
): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`bad table name ${table}`);
  const list = quoteColumns(columns);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `CREATE TEMP TABLE copy_stage ON COMMIT DROP AS SELECT ${list} FROM ${table} WITH NO DATA`,
    );
    const sink = client.query(copyFrom(`COPY copy_stage (${list}) FROM STDIN WITH (FORMAT csv)`));
    await pipeline(Readable.from([csv]), sink);
    await client.query(`INSERT INTO ${table} (${list}) SELECT ${list} FROM copy_stage`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
