import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { buildServer } from '../../src/api/build-server.ts';
import { actorDatabases } from '../../src/app/actor-db.ts';
import type { AppContext } from '../../src/app/context.ts';
import { randomIds, silentLog, systemClock } from '../../src/app/system-services.ts';
import type { DbHandle } from '../../src/db/db-types.ts';
import { deferCleanup } from './cleanup.ts';
import { HttpClient } from './http-client.ts';
import { randomBytes } from 'node:crypto';
import { makeKeyring, type Keyring } from '../../src/app/crypto/keyring.ts';
import { secondFactorsFor } from './second-factor.ts';
import { BENCH_PASSWORD } from './settings.ts';

export type RunningServer = {
  url: string;
  close(): Promise<void>;
};

export type AppServer = RunningServer & {
  /** Signs in through POST /api/auth/login; returns the `Cookie` header value. */
  login(username: string): Promise<string>;
};

/** Listens on 127.0.0.1 on a free port; registered for clean-up in case the run fails. */
export async function listenOnFreePort(
  app: FastifyInstance,
  label: string,
): Promise<RunningServer> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const close = deferCleanup(label, () => app.close());
  return { url: `http://127.0.0.1:${port}`, close };
}

const keyrings = new WeakMap<DbHandle, Keyring>();

/**
 * One key per database for the run: TOTP secrets are sealed at enrolment, and a user enrolled at
 * one scenario's server verifies at the next one's. Throwaway, as nothing outlives the run.
 */
function keyringFor(handle: DbHandle): Keyring {
  let keyring = keyrings.get(handle);
  if (!keyring) {
    keyring = makeKeyring(randomBytes(32));
    keyrings.set(handle, keyring);
  }
  return keyring;
}

/**
 * The real server as production runs it: system clock, random ids, no request log. With
 * `rowLevelSecurity: false` every user's statements run unscoped in the database, so the
 * application's predicate alone draws the record scope (as on PGlite): the baseline that row-level
 * security is priced against.
 */
export async function startAppServer(
  handle: DbHandle,
  options: { rowLevelSecurity?: boolean } = {},
): Promise<AppServer> {
  const databases =
    options.rowLevelSecurity === false
      ? { dbFor: () => handle.db, policiesBindFor: () => false }
      : actorDatabases(handle);
  const base: AppContext = {
    db: handle.db,
    ...databases,
    engine: handle.engine,
    actor: { kind: 'system', name: 'bench' },
    clock: systemClock,
    ids: randomIds,
    log: silentLog,
    keyring: keyringFor(handle),
  };
  const app = await buildServer(base, { logger: false });
  const server = await listenOnFreePort(app, `app server (${handle.engine})`);
  const secondFactors = secondFactorsFor(handle);
  return {
    ...server,
    async login(username) {
      const client = new HttpClient(server.url);
      try {
        const body = JSON.stringify({ username, password: BENCH_PASSWORD });
        const response = await client.request(
          'POST',
          '/api/auth/login',
          { 'content-type': 'application/json' },
          body,
        );
        if (response.status !== 200) {
          throw new Error(`bench: login ${username} → ${response.status} ${response.body}`);
        }
        const cookie = [response.headers['set-cookie'] ?? []]
          .flat()
          .map((header) => header.split(';')[0] ?? '')
          .find((pair) => pair.startsWith('patron_session='));
        if (!cookie) throw new Error(`bench: login ${username} set no session cookie`);
        const pending = (
          JSON.parse(response.body) as { user: { secondFactor: { pending: string | null } } }
        ).user.secondFactor.pending;
        // The roles that require a second factor (director…) set one up on first sign-in.
        return await secondFactors.complete(client, username, cookie, pending);
      } finally {
        client.close();
      }
    },
  };
}
