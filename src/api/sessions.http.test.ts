import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import { TEST_PASSWORD } from '../testing/seed-org.ts';
import { disableUser } from '../app/users/disable-user.ts';
import { hashToken, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../app/auth/session-policy.ts';
import { SESSION_CACHE_TTL_MS } from './session-cache.ts';
import { sessions } from '../db/schema/index.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

let address = 0;
const login = (username: string, headers: Record<string, string> = {}, from?: string) =>
  server.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: from ?? `10.3.0.${++address}`,
    headers,
    payload: { username, password: TEST_PASSWORD },
  });
const tokenOf = (response: Awaited<ReturnType<typeof login>>, name = 'patron_session') =>
  response.cookies.find((cookie) => cookie.name === name)?.value;
const me = (token: string) =>
  server.app.inject({ url: '/api/me', headers: { cookie: `patron_session=${token}` } });
const sessionRow = async (token: string) => {
  const [row] = await server.handle.db
    .select()
    .from(sessions)
    .where(eq(sessions.tokenHash, hashToken(token)));
  return row;
};

describe('sessions (ASVS 3.2, 3.3, 3.4)', () => {
  it('signing in always gives a new token and ends the session the browser held', async () => {
    const first = tokenOf(await login('kam.east.1'))!;
    expect((await me(first)).statusCode).toBe(200);
    const second = await login('kam.east.1', { cookie: `patron_session=${first}` });
    const token = tokenOf(second)!;
    expect(token).not.toBe(first);
    expect(await sessionRow(first)).toBeUndefined();
    expect((await me(first)).statusCode).toBe(401);
    expect((await me(token)).statusCode).toBe(200);
  });

  it('over plain http the cookie is patron_session: HttpOnly, SameSite=Lax, Path=/, no Domain', async () => {
    const response = await login('kam.east.2');
    const cookie = response.cookies.find((c) => c.name === 'patron_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeUndefined();
    expect(cookie.domain).toBeUndefined();
    expect(cookie.maxAge).toBe(SESSION_ABSOLUTE_MS / 1000);
  });

  it('over HTTPS (a trusted proxy says so) it is __Host-patron_session and Secure', async () => {
    // A proxy on this machine (loopback) is trusted by default (PATRON_TRUST_PROXY).
    const https = { 'x-forwarded-proto': 'https' };
    const response = await login('kam.east.2', https, '127.0.0.1');
    expect(tokenOf(response)).toBeUndefined();
    const cookie = response.cookies.find((c) => c.name === '__Host-patron_session')!;
    expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.domain).toBeUndefined();
    const token = cookie.value;
    const asHttps = (name: string) =>
      server.app.inject({ url: '/api/me', headers: { ...https, cookie: `${name}=${token}` } });
    expect((await asHttps('__Host-patron_session')).statusCode).toBe(200);
    // Over HTTPS a plain-named cookie (anyone on the network could have set one) is not read.
    expect((await asHttps('patron_session')).statusCode).toBe(401);
    const out = await server.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { ...https, cookie: `__Host-patron_session=${token}` },
    });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === '__Host-patron_session')?.secure).toBe(true);
    expect(await sessionRow(token)).toBeUndefined();
  });

  it('a proxy that is not trusted cannot claim HTTPS', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '203.0.113.9',
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.1' },
      payload: { username: 'kam.east.2', password: TEST_PASSWORD },
    });
    expect(tokenOf(response)).toBeDefined();
    const row = await sessionRow(tokenOf(response)!);
    expect(row?.ip).toBe('203.0.113.9');
  });

  it('ends after 30 idle minutes, the cached session included', async () => {
    const token = tokenOf(await login('support.east'))!;
    expect((await me(token)).statusCode).toBe(200); // now cached
    server.clock.advance(SESSION_IDLE_MS - 1000);
    expect((await me(token)).statusCode).toBe(200);
    server.clock.advance(SESSION_IDLE_MS - 1000); // used a minute ago and more: the deadline moved
    expect((await me(token)).statusCode).toBe(200);
    server.clock.advance(SESSION_IDLE_MS + 1);
    expect((await me(token)).statusCode).toBe(401);
  });

  it('ends 12 hours after sign-in however busy it is', async () => {
    const token = tokenOf(await login('rm.east'))!;
    const step = SESSION_IDLE_MS / 2;
    for (let elapsed = step; elapsed < SESSION_ABSOLUTE_MS; elapsed += step) {
      server.clock.advance(step);
      expect((await me(token)).statusCode, `after ${elapsed / 60_000} min`).toBe(200);
    }
    server.clock.advance(step);
    expect((await me(token)).statusCode).toBe(401);
  });

  it('disabling a user deletes their sessions; another process sees it within the cache TTL', async () => {
    const token = tokenOf(await login('rm.north'))!;
    expect((await me(token)).statusCode).toBe(200); // cached in the server
    // As the CLI would: another process, so this server's cache is not told.
    await disableUser(server.ctx, 'rm.north');
    expect(await sessionRow(token)).toBeUndefined();
    server.clock.advance(SESSION_CACHE_TTL_MS);
    expect((await me(token)).statusCode).toBe(401);
  });
});
