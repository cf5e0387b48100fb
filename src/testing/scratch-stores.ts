import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DbHandle, Engine } from '../db/db-types.ts';
import { openDb } from '../db/open-db.ts';
import type { PatronStore } from './patron-process.ts';

/**
 * Stores for tests that run the real `patron` processes and crash them: one template filled
 * once, and a copy of it per run — a copied PGlite data directory, or on PostgreSQL a database
 * created from the template (`CREATE DATABASE … TEMPLATE`). Everything is removed by `dropAll`.
 */
export type ScratchStores = {
  engine: Engine;
  template: PatronStore;
  /** Makes the template an empty store for `patron` to fill (PostgreSQL: creates its database). */
  prepareTemplate(): Promise<void>;
  /** A copy of the filled template. */
  copy(): Promise<PatronStore>;
  /** Opens a store through Patron's own open path: PGlite recovers a crashed directory here. */
  open(store: PatronStore): Promise<DbHandle>;
  /** PostgreSQL: waits until no session of a killed process is left on the store's database. */
  settle(store: PatronStore): Promise<void>;
  dropAll(): Promise<void>;
};

/** PGlite data directories under `baseDir`. */
export function pgliteStores(baseDir: string): ScratchStores {
  const template = { dataDir: join(baseDir, 'template') };
  const copies: string[] = [];
  return {
    engine: 'pglite',
    template,
    prepareTemplate: async () => {},
    async copy() {
      const dataDir = join(baseDir, `copy-${copies.length + 1}`);
      copies.push(dataDir);
      await cp(template.dataDir, dataDir, { recursive: true });
      return { dataDir };
    },
    open: (store) => openDb({ dataDir: join(dataDirOf(store), 'pglite') }),
    settle: async () => {},
    async dropAll() {
      for (const dir of copies) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Scratch databases on the PostgreSQL server of `serverUrl` (never that database itself). */
export function postgresStores(serverUrl: string): ScratchStores {
  const prefix = `patron_scratch_${randomBytes(4).toString('hex')}`;
  const urlOf = (name: string) => {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return url.toString();
  };
  const templateName = `${prefix}_template`;
  const names = [templateName];
  return {
    engine: 'postgres',
    template: { databaseUrl: urlOf(templateName) },
    async prepareTemplate() {
      await admin(serverUrl, `CREATE DATABASE ${templateName}`);
    },
    async copy() {
      const name = `${prefix}_${names.length}`;
      names.push(name);
      await admin(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${templateName}`);
      return { databaseUrl: urlOf(name) };
    },
    open: (store) => openDb({ databaseUrl: databaseUrlOf(store) }),
    async settle(store) {
      const name = new URL(databaseUrlOf(store)).pathname.slice(1);
      for (;;) {
        const rows = await admin(
          serverUrl,
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = '${name}'`,
        );
        if (rows[0]?.n === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async dropAll() {
      for (const name of names)
        await admin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

export function dataDirOf(store: PatronStore): string {
  if (!('dataDir' in store)) throw new Error('not a PGlite store');
  return store.dataDir;
}

export function databaseUrlOf(store: PatronStore): string {
  if (!('databaseUrl' in store)) throw new Error('not a PostgreSQL store');
  return store.databaseUrl;
}

async function admin(url: string, statement: string): Promise<{ n?: number }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(statement)).rows as { n?: number }[];
  } finally {
    await client.end();
  }
}
