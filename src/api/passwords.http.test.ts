import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import { TEST_PASSWORD } from '../testing/seed-org.ts';
import { addUser } from '../app/users/add-user.ts';
import { setUserPassword } from '../app/users/set-user-password.ts';
import { auditLog, users } from '../db/schema/index.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

let address = 0;
const login = (username: string, password: string) =>
  server.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: `10.5.0.${++address}`,
    payload: { username, password },
  });
const cookieOf = (response: Awaited<ReturnType<typeof login>>) =>
  `patron_session=${response.cookies.find((c) => c.name === 'patron_session')!.value}`;
const change = (cookie: string, body: object, language = 'zh-CN') =>
  server.app.inject({
    method: 'POST',
    url: '/api/me/password',
    remoteAddress: `10.5.1.${++address}`,
    headers: { cookie, 'accept-language': language },
    payload: body,
  });

describe('changing one’s own password (ASVS 2.1)', () => {
  it('refuses a weak new password with a message naming the field, in each language', async () => {
    const cookie = cookieOf(await login('kam.east.1', TEST_PASSWORD));
    const cases: [string, string, string][] = [
      ['short', 'zh-CN', '「新密码」至少需要 8 个字符'],
      ['x'.repeat(129), 'en', 'New password must be at most 128 characters'],
      ['woaini1314', 'zh-CN', '「新密码」过于常见，容易被猜中，请换一个'],
      ['QQ123456', 'zh-TW', '「新密碼」過於常見，容易被猜中，請換一個'],
      [
        'Password',
        'en',
        'New password is a commonly used password that is easy to guess; choose another',
      ],
    ];
    for (const [newPassword, language, message] of cases) {
      const response = await change(
        cookie,
        { currentPassword: TEST_PASSWORD, newPassword },
        language,
      );
      expect(response.statusCode, newPassword).toBe(400);
      expect(response.json().issues, newPassword).toEqual([
        expect.objectContaining({ field: 'newPassword', message }),
      ]);
    }
  });

  it('refuses a wrong current password, counted in the sign-in throttle', async () => {
    const cookie = cookieOf(await login('kam.east.1', TEST_PASSWORD));
    const response = await change(cookie, {
      currentPassword: 'not-my-password',
      newPassword: '长城长城万里长城',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([
      expect.objectContaining({ field: 'currentPassword', message: '「当前密码」不正确' }),
    ]);
    const rows = await server.handle.db
      .select({ after: auditLog.after })
      .from(auditLog)
      .where(eq(auditLog.action, 'auth.login_failed'));
    expect(rows.at(-1)?.after).toMatchObject({
      reason: 'wrong_password',
      during: 'password_change',
    });
  });

  it('takes any script, NFC-normalised, and ends the other sessions', async () => {
    const other = cookieOf(await login('kam.east.2', TEST_PASSWORD));
    const cookie = cookieOf(await login('kam.east.2', TEST_PASSWORD));
    // "Café" typed decomposed (NFD, as macOS may send it), then composed at sign-in.
    const decomposed = 'Cafe\u0301 长城 🐉 2026';
    const response = await change(cookie, {
      currentPassword: TEST_PASSWORD,
      newPassword: decomposed,
    });
    expect(response.statusCode, response.body).toBe(204);
    expect((await server.app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(200);
    const ended = await server.app.inject({ url: '/api/me', headers: { cookie: other } });
    expect(ended.statusCode).toBe(401);
    expect((await login('kam.east.2', TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login('kam.east.2', decomposed.normalize('NFC'))).statusCode).toBe(200);
    const audited = await server.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'auth.password_change'));
    expect(audited).toHaveLength(1);
  });
});

describe('passwords set by an administrator or the CLI', () => {
  it('patron user add refuses a common or short password, naming the field', async () => {
    await expect(
      addUser(server.ctx, {
        username: 'new.user',
        displayName: '新用户',
        password: 'a1234567',
        orgUnitCode: 'EAST',
        roles: ['support'],
      }),
    ).rejects.toMatchObject({
      code: 'validation.failed',
      issues: [{ field: 'password', code: 'validation.password_common' }],
    });
    await expect(
      addUser(server.ctx, {
        username: 'new.user',
        displayName: '新用户',
        password: '5201314',
        orgUnitCode: 'EAST',
        roles: ['support'],
      }),
    ).rejects.toMatchObject({
      issues: [{ field: 'password', code: 'validation.password_too_short', params: { min: 8 } }],
    });
  });

  it('patron user password sets a new one, ends the sessions and is audited', async () => {
    const cookie = cookieOf(await login('rm.east', TEST_PASSWORD));
    await expect(
      setUserPassword(server.ctx, { username: 'rm.east', password: 'password123' }),
    ).rejects.toMatchObject({
      issues: [{ field: 'password', code: 'validation.password_common' }],
    });
    await setUserPassword(server.ctx, { username: 'rm.east', password: '春眠不觉晓处处闻啼鸟' });
    const [row] = await server.handle.db
      .select({ hash: users.passwordHash })
      .from(users)
      .where(eq(users.username, 'rm.east'));
    expect(row!.hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect((await server.app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
    expect((await login('rm.east', '春眠不觉晓处处闻啼鸟')).statusCode).toBe(200);
    const audited = await server.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'user.password_reset'));
    expect(audited).toHaveLength(1);
  });
});
