import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { auditLog } from '../db/schema/index.ts';
import { verifyAuditChain } from '../db/audit-repository.ts';
import { buildCustomer } from '../testing/build-customer.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await server.signIn(['kam.east.1']);
});
afterAll(async () => {
  await server.close();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

async function auditRowsOf(action: string) {
  return server.handle.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.action, action))
    .orderBy(desc(auditLog.id));
}

describe('request id (C7.5: every audit row names its request)', () => {
  it("writes an HTTP write's X-Request-Id into its audit row, and the chain verifies", async () => {
    const response = await server.request('kam.east.1', '/api/customers', {
      method: 'POST',
      payload: buildCustomer({ orgUnitId: server.org.east.id }),
    });
    expect(response.statusCode).toBe(201);
    const requestId = response.headers['x-request-id'];
    expect(requestId).toMatch(UUID);
    const [row] = await auditRowsOf('customer.create');
    expect(row?.requestId).toBe(requestId);
    expect(await verifyAuditChain(server.handle.db)).toMatchObject({ firstBreak: null });
  });

  it('gives every request its own id and ignores one the client sends', async () => {
    const chosen = 'client-chosen-id';
    const first = await server.request('kam.east.1', '/api/me', {
      headers: { 'x-request-id': chosen },
    });
    const second = await server.request('kam.east.1', '/api/me');
    expect(first.headers['x-request-id']).toMatch(UUID);
    expect(first.headers['x-request-id']).not.toBe(chosen);
    expect(second.headers['x-request-id']).not.toBe(first.headers['x-request-id']);
  });

  it('names the request on sign-in rows too, also a failed one written as the system actor', async () => {
    const failed = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'kam.east.2', password: 'wrong-password-1' },
    });
    expect(failed.statusCode).toBe(401);
    const [row] = await auditRowsOf('auth.login_failed');
    expect(row?.requestId).toBe(failed.headers['x-request-id']);
    const [login] = await auditRowsOf('auth.login');
    expect(login?.requestId).toMatch(UUID);
  });

  it('an error answer carries the id too', async () => {
    const response = await server.app.inject({ url: '/api/customers' });
    expect(response.statusCode).toBe(401);
    expect(response.headers['x-request-id']).toMatch(UUID);
  });
});
