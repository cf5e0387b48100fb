import type pg from 'pg';
import type { BindStatement } from './actor-binding.ts';

// What each pooled connection was last bound to, so a checkout for the same binding skips the
// round trip. Keyed by the client object: a client destroyed after an error is a new object.
const lastBinding = new WeakMap<pg.PoolClient, string>();

/**
 * The app's way to the PostgreSQL pool: every checkout — a drizzle transaction, or a single
 * statement outside one — first binds the connection to one actor (role and `patron.*`
 * settings, actor-binding.ts), so no statement can run without it or with the previous
 * checkout's. drizzle treats any client whose class name contains "Pool" as a pool: it calls
 * `query` for single statements and `connect` for a transaction, which keeps its one client.
 */
export class ActorBoundPool {
  private readonly key: string;

  constructor(
    private readonly pool: pg.Pool,
    private readonly bind: BindStatement,
  ) {
    this.key = JSON.stringify([bind.text, bind.values]);
  }

  async connect(): Promise<pg.PoolClient> {
    const client = await this.pool.connect();
    if (lastBinding.get(client) === this.key) return client;
    try {
      await client.query(this.bind.text, this.bind.values);
    } catch (error) {
      // A connection whose binding failed must not go back to the pool half-bound.
      client.release(error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
    lastBinding.set(client, this.key);
    return client;
  }

  async query(config: unknown, values?: unknown): Promise<unknown> {
    const client = await this.connect();
    try {
      return await (client.query as (c: unknown, v?: unknown) => Promise<unknown>)(config, values);
    } finally {
      client.release();
    }
  }

  /** The pool's events (idle-client errors), for whoever listens on drizzle's `$client`. */
  on(event: 'error', listener: (error: Error) => void): this {
    this.pool.on(event, listener);
    return this;
  }
}
