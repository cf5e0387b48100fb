import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildServer } from '../api/build-server.ts';
import type { AppContext } from '../app/context.ts';
import type { DbHandle } from '../db/db-types.ts';
import { openTestDb } from './open-test-db.ts';
import { seedOrg, TEST_PASSWORD, type TestOrg } from './seed-org.ts';
import { fixedClock, testContext } from './test-context.ts';

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  payload?: object;
  headers?: object;
};

export type TestServer = {
  app: FastifyInstance;
  handle: DbHandle;
  org: TestOrg;
  ctx: AppContext;
  /** Signs in and returns the Cookie header value for later requests. */
  login(username: string): Promise<string>;
  /** Signs these users in; `request` then sends as any of them. */
  signIn(usernames: readonly string[]): Promise<void>;
  /** `app.inject` with the session cookie of a user signed in with `signIn`. */
  request(username: string, url: string, options?: RequestOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
};

/** The real server on a fresh test database, driven with `app.inject()`. */
export async function startTestServer(): Promise<TestServer> {
  const handle = await openTestDb();
  const org = await seedOrg(handle);
  const ctx = testContext(handle, { kind: 'system', name: 'test' }, fixedClock(new Date()));
  const app = await buildServer(ctx);
  const sessions = new Map<string, string>();
  const login = async (username: string) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: TEST_PASSWORD },
    });
    if (response.statusCode !== 200)
      throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
    const cookie = response.cookies.find((c) => c.name === 'patron_session');
    if (!cookie) throw new Error('no session cookie');
    return `patron_session=${cookie.value}`;
  };
  return {
    app,
    handle,
    org,
    ctx,
    login,
    async signIn(usernames) {
      for (const name of usernames) sessions.set(name, await login(name));
    },
    request(username, url, { method = 'GET', payload, headers = {} } = {}) {
      const cookie = sessions.get(username);
      if (!cookie) throw new Error(`${username} is not signed in (signIn first)`);
      return app.inject({
        method,
        url,
        headers: { cookie, ...(headers as Record<string, string>) },
        ...(payload ? { payload } : {}),
      });
    },
    async close() {
      await app.close();
      await handle.close();
    },
  };
}
