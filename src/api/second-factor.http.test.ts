import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import { TEST_PASSWORD } from '../testing/seed-org.ts';
import { hotp, totpStep } from '../app/auth/totp.ts';
import { resetTotp } from '../app/users/reset-totp.ts';
import { base32Decode } from '../domain/auth/base32.ts';
import { auditLog, userTotp } from '../db/schema/index.ts';
import { USER_FAILURE_LIMIT } from '../app/auth/session-policy.ts';
import { SESSION_CACHE_TTL_MS } from './session-cache.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

let address = 0;
type Session = { cookie: string };
const send = (
  session: Session | null,
  method: 'GET' | 'POST',
  url: string,
  payload?: object,
): Promise<LightMyRequestResponse> =>
  server.app.inject({
    method,
    url,
    remoteAddress: `10.4.0.${++address}`,
    headers: { 'accept-language': 'en', ...(session ? { cookie: session.cookie } : {}) },
    ...(payload ? { payload } : {}),
  });
/** A new session cookie from the answer replaces the old one in `session`. */
const keep = (session: Session, response: LightMyRequestResponse) => {
  const cookie = response.cookies.find((c) => c.name === 'patron_session');
  if (cookie) session.cookie = `patron_session=${cookie.value}`;
  return response;
};
const passwordStep = async (username: string) => {
  const response = await send(null, 'POST', '/api/auth/login', {
    username,
    password: TEST_PASSWORD,
  });
  expect(response.statusCode, response.body).toBe(200);
  const session = { cookie: '' };
  keep(session, response);
  return { session, user: response.json().user };
};
const codeAt = (secret: Uint8Array, stepsFromNow = 0) =>
  hotp(secret, totpStep(server.clock.now()) + stepsFromNow);
const actions = async (userId: number) =>
  (
    await server.handle.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, String(userId)))
      .orderBy(auditLog.id)
  )
    .map((row) => row.action)
    .filter((action) => action.startsWith('auth.'));

describe('the TOTP second factor for roles that require it', () => {
  let secret: Uint8Array;
  let recoveryCodes: string[];

  it('after the password, a director may reach only sign-in, /api/me and enrolment', async () => {
    const { session, user } = await passwordStep('director');
    expect(user.secondFactor).toEqual({ enrolled: false, requiredByRole: true, pending: 'enrol' });
    for (const [method, url] of [
      ['GET', '/api/customers'],
      ['GET', '/api/org-units'],
      ['POST', '/api/me/agreement'],
      ['POST', '/api/me/password'],
    ] as const) {
      const response = await send(session, method, url, method === 'POST' ? {} : undefined);
      expect(response.statusCode, url).toBe(403);
      expect(response.json(), url).toMatchObject({
        code: 'auth.second_factor_enrolment_required',
        message: 'Your role requires two-step verification; set up an authenticator app first',
      });
    }
    expect((await send(session, 'GET', '/api/me')).json().secondFactor.pending).toBe('enrol');
    expect((await send(session, 'GET', '/api/health')).statusCode).toBe(200);
    const code = await send(session, 'POST', '/api/auth/second-factor', { code: '123456' });
    expect(code.json().code).toBe('auth.second_factor_enrolment_required');

    const started = await send(session, 'POST', '/api/auth/totp/enrolment');
    expect(started.statusCode).toBe(201);
    const { secret: text, otpauthUri } = started.json() as { secret: string; otpauthUri: string };
    expect(text).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toBe(
      `otpauth://totp/Patron:director?secret=${text}&issuer=Patron&algorithm=SHA1&digits=6&period=30`,
    );
    secret = base32Decode(text)!;
    const [row] = await server.handle.db
      .select()
      .from(userTotp)
      .where(eq(userTotp.userId, user.id));
    expect(row).toMatchObject({ confirmedAt: null, keyId: server.ctx.keyring!.current.id });
    expect(row!.sealedSecret).not.toContain(text);

    const wrong = await send(session, 'POST', '/api/auth/totp/enrolment/confirmation', {
      code: codeAt(secret, 3),
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ code: 'auth.invalid_code', field: 'code' });

    const before = session.cookie;
    const confirmed = keep(
      session,
      await send(session, 'POST', '/api/auth/totp/enrolment/confirmation', {
        code: codeAt(secret),
      }),
    );
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().user.secondFactor).toEqual({
      enrolled: true,
      requiredByRole: true,
      pending: null,
    });
    recoveryCodes = confirmed.json().recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const recovery of recoveryCodes)
      expect(recovery).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
    // A new token: the one from before the second factor is worthless now.
    expect(session.cookie).not.toBe(before);
    expect((await send({ cookie: before }, 'GET', '/api/me')).statusCode).toBe(401);
    expect((await send(session, 'GET', '/api/customers')).statusCode).toBe(200);

    const stored = await server.handle.db
      .select({ hashes: userTotp.recoveryCodeHashes })
      .from(userTotp)
      .where(eq(userTotp.userId, user.id));
    expect(stored[0]!.hashes).toHaveLength(10);
    expect(stored[0]!.hashes.join()).not.toContain(recoveryCodes[0]!.replace(/-/g, ''));
    // A confirmed authenticator is not replaced from a session.
    const again = await send(session, 'POST', '/api/auth/totp/enrolment');
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('conflict.totp_enrolled');
  });

  it('the next sign-in asks for a code; a code counts once', async () => {
    const { session, user } = await passwordStep('director');
    expect(user.secondFactor.pending).toBe('verify');
    const data = await send(session, 'GET', '/api/customers');
    expect(data.statusCode).toBe(403);
    expect(data.json()).toMatchObject({
      code: 'auth.second_factor_required',
      message: 'Enter the code from your authenticator app to finish signing in',
    });
    // The enrolment used this step's code: the same code again is a replay.
    const replay = await send(session, 'POST', '/api/auth/second-factor', { code: codeAt(secret) });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('auth.invalid_code');
    const ok = keep(
      session,
      await send(session, 'POST', '/api/auth/second-factor', { code: codeAt(secret, 1) }),
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().user.secondFactor.pending).toBeNull();
    expect((await send(session, 'GET', '/api/customers')).statusCode).toBe(200);
  });

  it('a recovery code stands in for the code once', async () => {
    const first = await passwordStep('director');
    const used = keep(
      first.session,
      await send(first.session, 'POST', '/api/auth/second-factor', {
        code: ` ${recoveryCodes[0]!.toUpperCase()} `,
      }),
    );
    expect(used.statusCode, used.body).toBe(200);
    expect((await send(first.session, 'GET', '/api/customers')).statusCode).toBe(200);
    const second = await passwordStep('director');
    const again = await send(second.session, 'POST', '/api/auth/second-factor', {
      code: recoveryCodes[0],
    });
    expect(again.statusCode).toBe(401);
    expect(again.json().code).toBe('auth.invalid_code');
  });

  it('wrong codes count in the sign-in throttle: the password cannot buy more guesses', async () => {
    let { session } = await passwordStep('director');
    const answers: number[] = [];
    for (let i = 0; i < USER_FAILURE_LIMIT - 1; i++) {
      // Each guess from a fresh password step, as an attacker holding the password would.
      if (i % 2 === 1) session = (await passwordStep('director')).session;
      answers.push(
        (await send(session, 'POST', '/api/auth/second-factor', { code: '000000' })).statusCode,
      );
    }
    // The replayed recovery code of the test before counted too: this is the limit.
    expect(answers).toEqual([401, 401, 401, 423]);
    const right = await send(session, 'POST', '/api/auth/second-factor', {
      code: codeAt(secret, -1),
    });
    expect(right.statusCode).toBe(423);
    const password = await send(null, 'POST', '/api/auth/login', {
      username: 'director',
      password: TEST_PASSWORD,
    });
    expect(password.statusCode).toBe(423);
    expect(password.json().code).toBe('auth.locked');
  });

  it('an administrator resets it: sessions end, and the next sign-in must enrol again', async () => {
    const director = server.org.users.director.userId;
    server.clock.advance(15 * 60 * 1000);
    const { session } = await passwordStep('director');
    keep(session, await send(session, 'POST', '/api/auth/second-factor', { code: codeAt(secret) }));
    expect((await send(session, 'GET', '/api/customers')).statusCode).toBe(200);
    // As `patron user totp-reset` does, from another process: the server's cache lets go soon.
    expect(await resetTotp(server.ctx, 'director')).toEqual({ removed: true });
    server.clock.advance(SESSION_CACHE_TTL_MS);
    expect((await send(session, 'GET', '/api/me')).statusCode).toBe(401);
    const { user } = await passwordStep('director');
    expect(user.secondFactor.pending).toBe('enrol');
    expect(await actions(director)).toEqual(
      expect.arrayContaining([
        'auth.totp_enrolment_started',
        'auth.totp_enrolled',
        'auth.totp_verified',
        'auth.totp_failed',
        'auth.recovery_code_used',
        'auth.totp_reset',
      ]),
    );
  });
});

describe('the second factor for everyone else', () => {
  it('is optional, and once set up it is asked for at every sign-in', async () => {
    const { session, user } = await passwordStep('kam.east.2');
    expect(user.secondFactor).toEqual({ enrolled: false, requiredByRole: false, pending: null });
    expect((await send(session, 'GET', '/api/customers')).statusCode).toBe(200);
    const started = await send(session, 'POST', '/api/auth/totp/enrolment');
    const secret = base32Decode(started.json().secret)!;
    const confirmed = keep(
      session,
      await send(session, 'POST', '/api/auth/totp/enrolment/confirmation', {
        code: codeAt(secret),
      }),
    );
    expect(confirmed.statusCode).toBe(200);
    const next = await passwordStep('kam.east.2');
    expect(next.user.secondFactor).toEqual({
      enrolled: true,
      requiredByRole: false,
      pending: 'verify',
    });
    expect((await send(next.session, 'GET', '/api/customers')).statusCode).toBe(403);
  });

  it('an abandoned enrolment changes nothing: sign-in stays password only', async () => {
    const { session } = await passwordStep('support.east');
    expect((await send(session, 'POST', '/api/auth/totp/enrolment')).statusCode).toBe(201);
    const next = await passwordStep('support.east');
    expect(next.user.secondFactor.pending).toBeNull();
    const rows = await server.handle.db
      .select({ confirmedAt: userTotp.confirmedAt })
      .from(userTotp)
      .where(inArray(userTotp.userId, [server.org.users.supportEast.userId]));
    expect(rows).toEqual([{ confirmedAt: null }]);
  });

  it('the test harness signs in every role, the second factor included', async () => {
    const names = ['admin', 'auditor', 'committee', 'rm.east', 'kam.east.1'];
    await server.signIn(names);
    for (const name of names) {
      expect((await server.request(name, '/api/me')).json().secondFactor.pending, name).toBeNull();
    }
    // Several sessions of the same user at the same instant (the test clock stands still).
    for (let i = 0; i < 14; i++) await server.login('auditor');
  });
});
