import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type RequestOptions, type TestServer } from '../testing/test-server.ts';
import { seedCustomer } from '../testing/build-customer.ts';

let server: TestServer;
let ownId: number;
let otherTeamId: number;

beforeAll(async () => {
  server = await startTestServer();
  const { east, users } = server.org;
  ownId = await seedCustomer(server.handle, {
    orgUnitId: east.id,
    team: [
      { userId: users.kamEast1.userId, teamRole: 'manager' },
      { userId: users.supportEast.userId, teamRole: 'support' },
    ],
  });
  otherTeamId = await seedCustomer(server.handle, {
    orgUnitId: east.id,
    team: [{ userId: users.kamEast2.userId, teamRole: 'manager' }],
  });
  await server.signIn(['kam.east.1', 'kam.east.2', 'support.east', 'rm.north', 'auditor', 'admin']);
});
afterAll(async () => {
  await server.close();
});

const call = (user: string, url: string, options?: RequestOptions) =>
  server.request(user, url, options);
const contactsOf = (id: number) => `/api/customers/${id}/contacts`;

describe('contacts under the record scope (C1.3, C7.2)', () => {
  it('a team member adds a contact: mobile stored as E.164, 201 with ETag, audited', async () => {
    const response = await call('kam.east.1', contactsOf(ownId), {
      method: 'POST',
      payload: {
        name: '张伟',
        gender: 'male',
        birthday: '1975-08-12',
        title: '采购经理',
        department: '采购部',
        mobile: '+86 138-1234-5678',
        phone: '021 6234 5678',
        email: 'ZHANG.WEI@Example.com',
        buyingRole: 'influencer',
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    expect(response.json()).toMatchObject({
      name: '张伟',
      mobile: '+8613812345678',
      phone: '021-62345678',
      isKeyPerson: false,
      version: 1,
    });
    const list = (await call('kam.east.1', contactsOf(ownId))).json();
    expect(list.items.map((c: { name: string }) => c.name)).toEqual(['张伟']);
    expect(list.permissions).toEqual({
      edit: true,
      keyPersonDetails: true,
      exportPersonalData: true,
      erasePersonalData: false,
    });
    const audit = (await call('kam.east.1', `/api/customers/${ownId}/audit`)).json();
    expect(audit.items[0]).toMatchObject({
      action: 'contact.create',
      after: { 'contact.name': '张伟', 'contact.mobile': '+8613812345678' },
    });
    // The customer 360 keeps listing contacts.
    const view = (await call('kam.east.1', `/api/customers/${ownId}/360`)).json();
    expect(view.contacts.map((c: { name: string }) => c.name)).toContain('张伟');
  });

  it('outside the scope the customer is not there: 404 to read and to write', async () => {
    for (const user of ['kam.east.2', 'rm.north', 'admin']) {
      expect((await call(user, contactsOf(ownId))).statusCode).toBe(404);
      const post = await call(user, contactsOf(ownId), { method: 'POST', payload: { name: '李' } });
      expect(post.statusCode).toBe(404);
    }
    expect((await call('kam.east.1', contactsOf(otherTeamId))).statusCode).toBe(404);
  });

  it('readers who may not write (support, auditor) read but get 403 on writes', async () => {
    for (const user of ['support.east', 'auditor']) {
      const list = await call(user, contactsOf(ownId));
      expect(list.statusCode).toBe(200);
      expect(list.json().permissions.edit).toBe(false);
      const post = await call(user, contactsOf(ownId), { method: 'POST', payload: { name: '李' } });
      expect(post.statusCode).toBe(403);
    }
  });

  it('names each bad field, localised, without echoing the value', async () => {
    const payload = { name: ' ', mobile: '1234', birthday: '2999-01-01', gender: 'male' };
    const zh = await call('kam.east.1', contactsOf(ownId), { method: 'POST', payload });
    expect(zh.statusCode).toBe(400);
    const issues = zh.json().issues as { field: string; code: string; message: string }[];
    expect(issues.map((i) => [i.field, i.code])).toEqual([
      ['contact.name', 'validation.required'],
      ['contact.mobile', 'validation.mobile'],
      ['contact.birthday', 'validation.future_date'],
    ]);
    expect(issues.find((i) => i.field === 'contact.mobile')!.message).toBe(
      '「手机」不是有效的手机号码',
    );
    expect(issues[0]!.message).toBe('请填写「联系人姓名」');
    const en = await call('kam.east.1', contactsOf(ownId), {
      method: 'POST',
      payload: { name: '李', mobile: '1234' },
      headers: { 'accept-language': 'en' },
    });
    expect(en.json().issues[0].message).toBe('Mobile is not a valid mainland mobile number');
    expect(en.body).not.toContain('1234');
    const tw = await call('kam.east.1', contactsOf(ownId), {
      method: 'POST',
      payload: { name: '李', buyingRole: 'boss' },
      headers: { 'accept-language': 'zh-TW' },
    });
    expect(tw.statusCode).toBe(400);
    expect(tw.json().issues[0].field).toBe('buyingRole');
  });

  it('edits with If-Match: 428 without, 412 when stale, then audited before/after', async () => {
    const created = (
      await call('kam.east.1', contactsOf(ownId), { method: 'POST', payload: { name: '刘洋' } })
    ).json();
    const url = `${contactsOf(ownId)}/${created.id}`;
    const patch = (headers: object, payload: object = { title: '副总经理' }) =>
      call('kam.east.1', url, { method: 'PATCH', payload, headers });
    expect((await patch({})).statusCode).toBe(428);
    expect((await patch({ 'if-match': '"9"' })).statusCode).toBe(412);
    const ok = await patch({ 'if-match': '"1"' });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    expect(ok.json()).toMatchObject({ title: '副总经理', version: 2 });
    expect((await patch({ 'if-match': '"1"' }, { title: '总经理' })).statusCode).toBe(412);
    const audit = (await call('kam.east.1', `/api/customers/${ownId}/audit`)).json();
    expect(audit.items[0]).toMatchObject({
      action: 'contact.update',
      before: { 'contact.title': null },
      after: { 'contact.title': '副总经理' },
    });
    const other = await call('kam.east.1', `${contactsOf(otherTeamId)}/${created.id}`, {
      method: 'PATCH',
      payload: { title: 'x' },
      headers: { 'if-match': '"2"' },
    });
    expect(other.statusCode).toBe(404);
  });

  it('deletes with If-Match, audited', async () => {
    const created = (
      await call('kam.east.1', contactsOf(ownId), { method: 'POST', payload: { name: '陈静' } })
    ).json();
    const url = `${contactsOf(ownId)}/${created.id}`;
    expect((await call('kam.east.1', url, { method: 'DELETE' })).statusCode).toBe(428);
    expect(
      (await call('auditor', url, { method: 'DELETE', headers: { 'if-match': '"1"' } })).statusCode,
    ).toBe(403);
    const gone = await call('kam.east.1', url, {
      method: 'DELETE',
      headers: { 'if-match': '"1"' },
    });
    expect(gone.statusCode).toBe(204);
    const names = (await call('kam.east.1', contactsOf(ownId)))
      .json()
      .items.map((c: { name: string }) => c.name);
    expect(names).not.toContain('陈静');
    const audit = (await call('kam.east.1', `/api/customers/${ownId}/audit`)).json();
    expect(audit.items[0]).toMatchObject({
      action: 'contact.delete',
      before: { 'contact.name': '陈静' },
    });
  });
});
