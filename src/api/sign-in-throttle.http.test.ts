import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, like, sql } from 'drizzle-orm';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import { TEST_PASSWORD } from '../testing/seed-org.ts';
import { disableUser } from '../app/users/disable-user.ts';
import { signIn } from '../app/auth/sign-in.ts';
import { auditLog, signInThrottle, users } from '../db/schema/index.ts';
import {
  FAILURE_WINDOW_MS,
  IP_FAILURE_LIMIT,
  SIGN_IN_LOCK_MS,
  USER_FAILURE_LIMIT,
} from '../app/auth/session-policy.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

let address = 0;
/** Each call from its own address unless told, so only the per-username count is at play. */
const attempt = (username: string, password: string, from = `10.1.0.${++address}`) =>
  server.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: from,
    headers: { 'accept-language': 'en' },
    payload: { username, password },
  });
const answer = (response: Awaited<ReturnType<typeof attempt>>) => ({
  status: response.statusCode,
  body: response.json() as { code: string; message: string },
});

describe('sign-in throttling by key (ASVS 2.2.1)', () => {
  it('pauses a username after five failures, known or not, with the same answers', async () => {
    const known: ReturnType<typeof answer>[] = [];
    const unknown: ReturnType<typeof answer>[] = [];
    for (let i = 0; i < USER_FAILURE_LIMIT + 1; i++) {
      known.push(answer(await attempt('rm.east', 'wrong-password')));
      unknown.push(answer(await attempt('no.such.user', 'wrong-password')));
    }
    expect(known).toEqual(unknown);
    expect(known.slice(0, USER_FAILURE_LIMIT - 1).map((a) => a.status)).toEqual([
      401, 401, 401, 401,
    ]);
    expect(known[USER_FAILURE_LIMIT - 1]).toEqual({
      status: 423,
      body: expect.objectContaining({
        code: 'auth.locked',
        message: 'Too many failed sign-ins; sign-in is paused, try again in 15 minutes',
      }),
    });
    // The right password does not get through the pause, and says nothing more.
    expect(answer(await attempt('rm.east', TEST_PASSWORD))).toEqual(known[USER_FAILURE_LIMIT]);
    // Case and spaces of the username typed do not make a new key.
    expect((await attempt('  RM.East ', TEST_PASSWORD)).statusCode).toBe(423);
  });

  it('lifts the pause after 15 minutes, and a completed sign-in forgets the failures', async () => {
    server.clock.advance(SIGN_IN_LOCK_MS);
    expect((await attempt('rm.east', TEST_PASSWORD)).statusCode).toBe(200);
    const [row] = await server.handle.db
      .select()
      .from(signInThrottle)
      .where(eq(signInThrottle.key, 'user:rm.east'));
    expect(row).toBeUndefined();
    // The unknown name stays counted until its own window ends.
    const [unknown] = await server.handle.db
      .select()
      .from(signInThrottle)
      .where(eq(signInThrottle.key, 'user:no.such.user'));
    expect(unknown?.lockedUntil).not.toBeNull();
  });

  it('counts failures in a 15-minute window: spread out, they never lock', async () => {
    for (let i = 0; i < USER_FAILURE_LIMIT * 2; i++) {
      expect((await attempt('rm.north', 'wrong-password')).statusCode).toBe(401);
      if (i % (USER_FAILURE_LIMIT - 1) === USER_FAILURE_LIMIT - 2) {
        server.clock.advance(FAILURE_WINDOW_MS);
      }
    }
    expect((await attempt('rm.north', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('answers a disabled account exactly like a wrong password, and counts it', async () => {
    await disableUser(server.ctx, 'sec.east');
    const disabled = answer(await attempt('sec.east', TEST_PASSWORD));
    const wrong = answer(await attempt('support.east', 'wrong-password'));
    expect(disabled).toEqual(wrong);
    expect(disabled.body.code).toBe('auth.invalid_credentials');
    const [row] = await server.handle.db
      .select()
      .from(signInThrottle)
      .where(eq(signInThrottle.key, 'user:sec.east'));
    expect(row?.failures).toBe(1);
  });

  it('pauses an address after fifty failures, whatever usernames it tries', async () => {
    const from = '10.2.0.1';
    // The first 49 through the use case: over HTTP the per-address request rate limit (20 a
    // minute, real time) would stop them first — the two brakes work together.
    for (let i = 1; i < IP_FAILURE_LIMIT; i++) {
      await expect(
        signIn(server.ctx, { username: `guess.${i}`, password: 'wrong-password', ip: from }),
      ).rejects.toMatchObject({ code: 'auth.invalid_credentials' });
    }
    expect((await attempt('guess.last', 'wrong-password', from)).statusCode).toBe(423);
    // Even a real user's right password is paused from there; from elsewhere it works.
    expect((await attempt('kam.east.1', TEST_PASSWORD, from)).statusCode).toBe(423);
    expect((await attempt('kam.east.1', TEST_PASSWORD, '10.2.0.2')).statusCode).toBe(200);
  });

  it('audits every attempt, the refused and paused ones included', async () => {
    const before = await server.handle.db
      .select()
      .from(auditLog)
      .where(like(auditLog.actorName, 'system:login:kam.north.1'));
    expect(before).toHaveLength(0);
    for (let i = 0; i < USER_FAILURE_LIMIT + 1; i++) await attempt('kam.north.1', 'wrong-password');
    const rows = await server.handle.db
      .select({ action: auditLog.action, after: auditLog.after })
      .from(auditLog)
      .where(eq(auditLog.actorName, 'system:login:kam.north.1'))
      .orderBy(auditLog.id);
    expect(rows.map((row) => row.action)).toEqual([
      ...Array<string>(USER_FAILURE_LIMIT - 1).fill('auth.login_failed'),
      'auth.locked',
      'auth.login_failed',
    ]);
    expect(rows.map((row) => (row.after as { reason: string }).reason)).toEqual([
      ...Array<string>(USER_FAILURE_LIMIT).fill('wrong_password'),
      'locked',
    ]);
  });

  it('keeps no per-user failure count or lock beside the throttle (migration 0019)', async () => {
    const result = (await server.handle.db.execute(
      sql`SELECT column_name FROM information_schema.columns
          WHERE table_name = 'users' AND column_name IN ('failed_logins', 'locked_until')`,
    )) as unknown as { rows: unknown[] };
    expect(result.rows).toEqual([]);
  });
});

describe('password hashes', () => {
  it("are argon2id at or above OWASP's minimum (m ≥ 19 MiB with t ≥ 2, or a stronger pair; p = 1)", async () => {
    const [row] = await server.handle.db
      .select({ hash: users.passwordHash })
      .from(users)
      .where(eq(users.username, 'director'));
    const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(row!.hash);
    expect(match, row!.hash.slice(0, 40)).not.toBeNull();
    const [m, t, p] = match!.slice(1).map(Number) as [number, number, number];
    // OWASP Password Storage Cheat Sheet: equivalent settings of argon2id, memory in KiB.
    const owasp = [
      [47104, 1],
      [19456, 2],
      [12288, 3],
      [9216, 4],
      [7168, 5],
    ];
    expect(owasp.some(([memory, passes]) => m >= memory! && t >= passes!)).toBe(true);
    expect(p).toBe(1);
  });
});
