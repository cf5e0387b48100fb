import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { addUser } from '../app/users/add-user.ts';
import { AGREEMENT_VERSION } from '../domain/confidentiality/agreement.ts';
import { auditLog, confidentialityAcceptances } from '../db/schema/index.ts';
import { TEST_PASSWORD } from '../testing/seed-org.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

let server: TestServer;
let newcomerId: number;
beforeAll(async () => {
  server = await startTestServer();
  // A user of their own: seedOrg's users have all accepted already. Created the way the CLI
  // creates one (the system actor), with the director's rights so every customer is in scope.
  ({ id: newcomerId } = await addUser(server.ctx, {
    username: 'new.director',
    displayName: '新总监',
    password: TEST_PASSWORD,
    orgUnitCode: 'HQ',
    roles: ['director'],
  }));
  await server.signIn(['new.director', 'director']);
});
afterAll(async () => {
  await server.close();
});

const acceptances = () =>
  server.handle.db
    .select()
    .from(confidentialityAcceptances)
    .where(eq(confidentialityAcceptances.userId, newcomerId));
const acceptAudits = () =>
  server.handle.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'auth.agreement_accept'), eq(auditLog.actorId, newcomerId)));

describe('confidentiality agreement (保密协议, C7.6)', () => {
  it('says on /api/me that acceptance is needed, with the text in every language', async () => {
    const me = await server.request('new.director', '/api/me');
    expect(me.statusCode).toBe(200);
    const agreement = me.json().agreement;
    expect(agreement).toMatchObject({ version: AGREEMENT_VERSION, required: true });
    expect(agreement.text['zh-CN'].title).toContain('保密协议');
    expect(agreement.text['zh-TW'].paragraphs.length).toBeGreaterThan(3);
    expect(agreement.text.en.paragraphs.length).toBe(agreement.text['zh-CN'].paragraphs.length);
  });

  it('refuses customer data with 403 auth.agreement_required until accepted', async () => {
    for (const url of ['/api/customers', '/api/customers/1', '/api/audit', '/api/org-units']) {
      const response = await server.request('new.director', url, {
        headers: { 'accept-language': 'zh-CN' },
      });
      expect(response.statusCode, url).toBe(403);
      expect(response.json()).toMatchObject({
        code: 'auth.agreement_required',
        message: '请先阅读并同意保密协议',
      });
    }
    // A user who accepted reaches the same route.
    expect((await server.request('director', '/api/customers')).statusCode).toBe(200);
  });

  it('refuses writes too, before looking at the body', async () => {
    const response = await server.request('new.director', '/api/customers', {
      method: 'POST',
      payload: { nonsense: true },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('auth.agreement_required');
  });

  it('accepts once: stored per user and version, audited, and customer data answers 200', async () => {
    const accept = await server.request('new.director', '/api/me/agreement', { method: 'POST' });
    expect(accept.statusCode).toBe(200);
    expect(accept.json().agreement).toEqual({
      version: AGREEMENT_VERSION,
      required: false,
      text: null,
    });
    expect((await server.request('new.director', '/api/customers')).statusCode).toBe(200);
    const me = await server.request('new.director', '/api/me');
    expect(me.json().agreement.required).toBe(false);

    const [row] = await acceptances();
    expect(row).toMatchObject({ version: AGREEMENT_VERSION, ip: '127.0.0.1' });
    const audits = await acceptAudits();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      entityType: 'user',
      entityId: String(newcomerId),
      after: { version: AGREEMENT_VERSION },
      requestId: accept.headers['x-request-id'],
    });

    // Accepting again changes nothing.
    await server.request('new.director', '/api/me/agreement', { method: 'POST' });
    expect(await acceptances()).toHaveLength(1);
    expect(await acceptAudits()).toHaveLength(1);
  });

  it('stays accepted in a new session', async () => {
    const cookie = await server.login('new.director');
    const response = await server.app.inject({ url: '/api/customers', headers: { cookie } });
    expect(response.statusCode).toBe(200);
  });

  it('refuses an anonymous acceptance', async () => {
    const response = await server.app.inject({ method: 'POST', url: '/api/me/agreement' });
    expect(response.statusCode).toBe(401);
  });
});
