import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import { TEST_PASSWORD } from '../testing/seed-org.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('sign-in', () => {
  it('reports health with the engine', async () => {
    const response = await server.app.inject({ url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', database: server.handle.engine });
  });

  it('signs in, shows /me, and logout kills the session server-side', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'kam.east.1', password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'patron_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const headers = { cookie: `patron_session=${cookie.value}` };
    const me = await server.app.inject({ url: '/api/me', headers });
    expect(me.json()).toMatchObject({
      username: 'kam.east.1',
      roles: ['ka_manager'],
      orgUnit: { code: 'EAST' },
      permissions: { createCustomer: true },
    });
    expect(
      (await server.app.inject({ method: 'POST', url: '/api/auth/logout', headers })).statusCode,
    ).toBe(204);
    expect((await server.app.inject({ url: '/api/me', headers })).statusCode).toBe(401);
  });

  it('refuses a wrong password with a localised message, the same as an unknown user', async () => {
    const wrong = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'en' },
      payload: { username: 'director', password: 'nope-nope-nope' },
    });
    const unknown = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'zh-CN' },
      payload: { username: 'nobody', password: 'nope-nope-nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({
      code: 'auth.invalid_credentials',
      message: 'Wrong username or password',
    });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().message).toBe('用户名或密码不正确');
  });

  it('locks an account after five wrong passwords', async () => {
    const attempt = (password: string) =>
      server.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'committee', password },
      });
    for (let i = 0; i < 4; i++) expect((await attempt('wrong-password')).statusCode).toBe(401);
    expect((await attempt('wrong-password')).statusCode).toBe(423);
    const locked = await attempt(TEST_PASSWORD);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().code).toBe('auth.locked');
  });

  it('refuses a cross-site POST (CSRF)', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'sec-fetch-site': 'cross-site' },
      payload: { username: 'director', password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('auth.csrf');
  });

  it('names the missing field when the body is incomplete', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'en' },
      payload: { username: 'director' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([
      expect.objectContaining({
        field: 'password',
        code: 'validation.required',
        message: 'Password is required',
      }),
    ]);
  });

  it('requires a session for customer data', async () => {
    expect((await server.app.inject({ url: '/api/customers' })).statusCode).toBe(401);
  });

  it('serves the OpenAPI 3.1 document', async () => {
    const response = await server.app.inject({ url: '/api/openapi.json' });
    expect(response.json().openapi).toBe('3.1.0');
    expect(Object.keys(response.json().paths)).toContain('/api/customers/{id}/360');
  });
});
