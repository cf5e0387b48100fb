import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type RequestOptions, type TestServer } from '../testing/test-server.ts';
import { seedCustomer } from '../testing/build-customer.ts';

let server: TestServer;
let customerId: number;
let keyPersonId: number;
let plainContactId: number;

const PRIVATE = {
  family: '妻子是中学教师，女儿在复旦读研',
  homeAddress: '苏州市工业园区星湖街88号',
  hobbies: '马拉松、摄影',
  notes: '春节前后不便拜访',
};
const CONSENT = {
  purpose: '大客户关系维护',
  consentBasis: 'written_consent',
  consentAt: '2026-04-02',
};

beforeAll(async () => {
  server = await startTestServer();
  const { east, users } = server.org;
  customerId = await seedCustomer(server.handle, {
    orgUnitId: east.id,
    team: [{ userId: users.kamEast1.userId, teamRole: 'manager' }],
  });
  await server.signIn(['kam.east.1', 'rm.east', 'director', 'auditor', 'sec.east', 'committee']);
  const post = (payload: object) =>
    call('kam.east.1', `/api/customers/${customerId}/contacts`, { method: 'POST', payload });
  keyPersonId = (await post({ name: '周海', title: '董事长', isKeyPerson: true })).json().id;
  plainContactId = (await post({ name: '吴敏', title: '采购专员' })).json().id;
});
afterAll(async () => {
  await server.close();
});

const call = (user: string, url: string, options?: RequestOptions) =>
  server.request(user, url, options);
const detailsUrl = (contactId: number) =>
  `/api/customers/${customerId}/contacts/${contactId}/key-person`;
const put = (user: string, contactId: number, payload: object, headers: object = {}) =>
  call(user, detailsUrl(contactId), { method: 'PUT', payload, headers });

function expectNoPlaintext(body: string) {
  for (const value of Object.values(PRIVATE)) expect(body).not.toContain(value);
}

describe('key-person private details over HTTP (C1.4, C7.3)', () => {
  it('refuses entry without purpose and consent, naming the fields, echoing nothing', async () => {
    const response = await put('kam.east.1', keyPersonId, PRIVATE);
    expect(response.statusCode).toBe(400);
    expect(response.json().issues.map((i: { field: string }) => i.field)).toEqual([
      'keyPerson.purpose',
      'keyPerson.consentBasis',
      'keyPerson.consentAt',
    ]);
    expect(response.json().issues[0].message).toBe('请填写「处理目的」');
    expectNoPlaintext(response.body);
    const future = await put('kam.east.1', keyPersonId, {
      ...PRIVATE,
      ...CONSENT,
      consentAt: '2999-01-01',
    });
    expect(future.json().issues[0]).toMatchObject({ field: 'keyPerson.consentAt' });
  });

  it('the account manager enters them; only for contacts flagged as key persons', async () => {
    const notKey = await put('kam.east.1', plainContactId, { ...PRIVATE, ...CONSENT });
    expect(notKey.statusCode).toBe(409);
    expect(notKey.json().code).toBe('conflict.not_key_person');
    const created = await put('kam.east.1', keyPersonId, { ...PRIVATE, ...CONSENT });
    expect(created.statusCode).toBe(200);
    expect(created.headers.etag).toBe('"1"');
    expect(created.headers['cache-control']).toBe('no-store');
    expect(created.json()).toMatchObject({ ...PRIVATE, ...CONSENT, version: 1 });
  });

  it.each(['rm.east', 'committee', 'kam.east.1'])('%s sees them', async (user) => {
    const one = await call(user, detailsUrl(keyPersonId));
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ masked: false, details: PRIVATE });
    const list = await call(user, `/api/customers/${customerId}/key-persons`);
    expect(list.json().items).toEqual([expect.objectContaining({ masked: false })]);
  });

  it.each(['director', 'auditor', 'sec.east'])('%s gets only { masked: true }', async (user) => {
    const one = await call(user, detailsUrl(keyPersonId));
    expect(one.statusCode).toBe(200);
    expect(one.json()).toEqual({
      contactId: keyPersonId,
      name: '周海',
      title: '董事长',
      department: null,
      masked: true,
      details: null,
    });
    const list = await call(user, `/api/customers/${customerId}/key-persons`);
    expectNoPlaintext(list.body);
    expect(list.body).not.toContain(CONSENT.purpose);
    const write = await put(user, keyPersonId, { ...PRIVATE, ...CONSENT }, { 'if-match': '"1"' });
    expect(write.statusCode).toBe(403);
    expectNoPlaintext(write.body);
  });

  it('replacing needs If-Match; the audit names changed fields only', async () => {
    const next = { ...PRIVATE, ...CONSENT, hobbies: '马拉松、摄影、书法' };
    expect((await put('kam.east.1', keyPersonId, next)).statusCode).toBe(428);
    expect((await put('kam.east.1', keyPersonId, next, { 'if-match': '"7"' })).statusCode).toBe(
      412,
    );
    const ok = await put('kam.east.1', keyPersonId, next, { 'if-match': '"1"' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().version).toBe(2);
    const audit = await call('director', `/api/customers/${customerId}/audit`);
    expectNoPlaintext(audit.body);
    expect(audit.body).not.toContain('书法');
    const items = audit.json().items as { action: string; after: unknown }[];
    expect(items[0]).toMatchObject({
      action: 'key_person.update',
      after: { contactId: keyPersonId, changed: ['keyPerson.hobbies'] },
    });
    expect(items.filter((i) => i.action === 'key_person.read').length).toBeGreaterThanOrEqual(6);
  });

  it('clearing the key-person flag deletes the details, audited without values', async () => {
    const contact = (await call('kam.east.1', `/api/customers/${customerId}/contacts`))
      .json()
      .items.find((c: { id: number }) => c.id === keyPersonId);
    const patch = await call('kam.east.1', `/api/customers/${customerId}/contacts/${keyPersonId}`, {
      method: 'PATCH',
      payload: { isKeyPerson: false },
      headers: { 'if-match': `"${contact.version}"` },
    });
    expect(patch.statusCode).toBe(200);
    const view = (await call('kam.east.1', detailsUrl(keyPersonId))).json();
    expect(view).toMatchObject({ masked: false, details: null });
    const audit = (await call('kam.east.1', `/api/customers/${customerId}/audit`)).json();
    expect(audit.items[0]).toMatchObject({
      action: 'key_person.delete',
      after: { contactId: keyPersonId, reason: 'flag_cleared' },
    });
  });

  it('deletes them on request (consent withdrawn) with If-Match', async () => {
    const contact = (await call('kam.east.1', `/api/customers/${customerId}/contacts`))
      .json()
      .items.find((c: { id: number }) => c.id === keyPersonId);
    await call('kam.east.1', `/api/customers/${customerId}/contacts/${keyPersonId}`, {
      method: 'PATCH',
      payload: { isKeyPerson: true },
      headers: { 'if-match': `"${contact.version}"` },
    });
    expect((await put('kam.east.1', keyPersonId, { ...CONSENT, notes: '仅备注' })).statusCode).toBe(
      200,
    );
    const url = detailsUrl(keyPersonId);
    expect((await call('kam.east.1', url, { method: 'DELETE' })).statusCode).toBe(428);
    const director = await call('director', url, {
      method: 'DELETE',
      headers: { 'if-match': '"1"' },
    });
    expect(director.statusCode).toBe(403);
    const gone = await call('kam.east.1', url, {
      method: 'DELETE',
      headers: { 'if-match': '"1"' },
    });
    expect(gone.statusCode).toBe(204);
    expect((await call('kam.east.1', url)).json().details).toBeNull();
  });
});
