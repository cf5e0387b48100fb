import type { FastifyInstance } from 'fastify';
import { buildServer } from '../api/build-server.ts';
import type { AppContext } from '../app/context.ts';
import type { DbHandle } from '../db/db-types.ts';
import { openTestDb } from './open-test-db.ts';
import { seedOrg, TEST_PASSWORD, type TestOrg } from './seed-org.ts';
import { fixedClock, testContext } from './test-context.ts';

export type TestServer = {
  app: FastifyInstance;
  handle: DbHandle;
  org: TestOrg;
  ctx: AppContext;
  /** Signs in and returns the Cookie header value for later requests. */
  login(username: string): Promise<string>;
  close(): Promise<void>;
};

/** The real server on a fresh test database, driven with `app.inject()`. */
export async function startTestServer(): Promise<TestServer> {
  const handle = await openTestDb();
  const org = await seedOrg(handle);
  const ctx = testContext(handle, { kind: 'system', name: 'test' }, fixedClock(new Date()));
  const app = await buildServer(ctx);
  return {
    app,
    handle,
    org,
    ctx,
    async login(username) {
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
    },
    async close() {
      await app.close();
      await handle.close();
    },
  };
}
