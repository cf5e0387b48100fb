import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildServer } from '../api/build-server.ts';
import type { AppContext, Clock } from '../app/context.ts';
import { totpStep, hotp } from '../app/auth/totp.ts';
import { resetTotp } from '../app/users/reset-totp.ts';
import { base32Decode } from '../domain/auth/base32.ts';
import type { DbHandle } from '../db/db-types.ts';
import { openTestDb } from './open-test-db.ts';
import { seedOrg, TEST_PASSWORD, type TestOrg } from './seed-org.ts';
import { fixedClock, testContext } from './test-context.ts';

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  payload?: object;
  headers?: object;
};

export type LoginOptions = { remoteAddress?: string };

export type TestServer = {
  app: FastifyInstance;
  handle: DbHandle;
  org: TestOrg;
  ctx: AppContext;
  /** The server's clock: it stands still unless a test moves it (session timeouts, throttles). */
  clock: Clock & { advance(ms: number): void };
  /**
   * Signs in through the real routes and returns the Cookie header value for later requests.
   * A user who has (or whose role requires) a TOTP second factor is taken through it too: set
   * up on first sign-in, then a computed code (or a recovery code) each time.
   */
  login(username: string, options?: LoginOptions): Promise<string>;
  /**
   * The next code the server will accept for a user whose authenticator the harness set up (a
   * TOTP code of a step not used yet, else a recovery code), or null when it holds none.
   */
  nextSecondFactorCode(username: string): string | null;
  /** Signs these users in; `request` then sends as any of them. */
  signIn(usernames: readonly string[]): Promise<void>;
  /** `app.inject` with the session cookie of a user signed in with `signIn`. */
  request(username: string, url: string, options?: RequestOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
};

/** What the harness keeps of an authenticator it set up: the secret and unused codes. */
type HeldFactor = { secret: Uint8Array; lastStep: number; recoveryCodes: string[] };

/** The real server on a fresh test database, driven with `app.inject()`. */
export async function startTestServer(): Promise<TestServer> {
  const handle = await openTestDb();
  const org = await seedOrg(handle);
  const clock = fixedClock(new Date());
  const ctx = testContext(handle, { kind: 'system', name: 'test' }, clock);
  const app = await buildServer(ctx);
  const sessions = new Map<string, string>();
  const factors = new Map<string, HeldFactor>();

  const post = async (url: string, cookie: string | null, payload?: object, from?: string) => {
    const response = await app.inject({
      method: 'POST',
      url,
      ...(cookie ? { headers: { cookie } } : {}),
      ...(payload ? { payload } : {}),
      ...(from ? { remoteAddress: from } : {}),
    });
    if (response.statusCode >= 300)
      throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response;
  };
  const cookieOf = (response: LightMyRequestResponse) => {
    const cookie = response.cookies.find((c) => c.name === 'patron_session');
    if (!cookie) throw new Error('no session cookie');
    return `patron_session=${cookie.value}`;
  };

  /** The first step the server has not seen a code of, within its ±1 window. */
  const nextCode = (factor: HeldFactor): string | null => {
    const now = totpStep(ctx.clock.now());
    const step = Math.max(factor.lastStep + 1, now - 1);
    if (step > now + 1) return factor.recoveryCodes.pop() ?? null;
    factor.lastStep = step;
    return hotp(factor.secret, step);
  };

  const enrol = async (username: string, cookie: string, from?: string) => {
    const started = await post('/api/auth/totp/enrolment', cookie, undefined, from);
    const secret = base32Decode(started.json().secret)!;
    const factor: HeldFactor = { secret, lastStep: -1, recoveryCodes: [] };
    const code = nextCode(factor)!;
    const confirmed = await post('/api/auth/totp/enrolment/confirmation', cookie, { code }, from);
    factor.recoveryCodes = [...confirmed.json().recoveryCodes];
    factors.set(username, factor);
    return cookieOf(confirmed);
  };

  const login = async (username: string, options: LoginOptions = {}): Promise<string> => {
    const from = options.remoteAddress;
    const response = await post(
      '/api/auth/login',
      null,
      { username, password: TEST_PASSWORD },
      from,
    ).catch((error: Error) => {
      throw new Error(`login ${username}: ${error.message}`);
    });
    const cookie = cookieOf(response);
    const pending = response.json().user.secondFactor.pending as 'verify' | 'enrol' | null;
    if (pending === 'enrol') return enrol(username, cookie, from);
    if (pending === null) return cookie;
    const factor = factors.get(username);
    if (!factor) throw new Error(`login ${username}: an authenticator set up outside the harness`);
    const code = nextCode(factor);
    if (code === null) {
      // Every code of this instant is used (the test clock stands still): start afresh.
      await resetTotp(ctx, username);
      factors.delete(username);
      return login(username, options);
    }
    return cookieOf(await post('/api/auth/second-factor', cookie, { code }, from));
  };

  return {
    app,
    handle,
    org,
    ctx,
    clock,
    login,
    nextSecondFactorCode(username) {
      const factor = factors.get(username);
      return factor ? nextCode(factor) : null;
    },
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
