import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type RequestOptions, type TestServer } from '../testing/test-server.ts';
import { seedCustomer } from '../testing/build-customer.ts';
import { addMonths, toIsoDate } from '../domain/date-only.ts';
import { contacts, transactions } from '../db/schema/index.ts';

let server: TestServer;
const ids = { group: 0, s1: 0, s2: 0, s3: 0, plain: 0 };

beforeAll(async () => {
  server = await startTestServer();
  const { east, north, users } = server.org;
  const kam1 = [{ userId: users.kamEast1.userId, teamRole: 'manager' as const }];
  ids.group = await seedCustomer(server.handle, { orgUnitId: east.id, name: '华东集团', tier: 'A', team: kam1 }); // prettier-ignore
  ids.s1 = await seedCustomer(server.handle, { orgUnitId: east.id, name: '华东一分公司', tier: 'B', team: kam1 }); // prettier-ignore
  ids.s2 = await seedCustomer(server.handle, {
    orgUnitId: east.id,
    name: '华东二分公司',
    tier: 'B',
    team: [{ userId: users.kamEast2.userId, teamRole: 'manager' }],
  });
  ids.s3 = await seedCustomer(server.handle, {
    orgUnitId: north.id,
    name: '华北分公司',
    team: [{ userId: users.kamNorth.userId, teamRole: 'manager' }],
  });
  ids.plain = await seedCustomer(server.handle, { orgUnitId: east.id, team: kam1 });
  // Purchases: 100 this year and 1,000 two years ago for every member of the group.
  const today = toIsoDate(new Date());
  for (const customerId of [ids.group, ids.s1, ids.s2, ids.s3]) {
    await server.handle.db.insert(transactions).values([
      { customerId, occurredOn: addMonths(today, -1), amount: '100.00', createdAt: new Date() },
      { customerId, occurredOn: addMonths(today, -24), amount: '1000.00', createdAt: new Date() },
    ]);
    await server.handle.db
      .insert(contacts)
      .values({ customerId, name: '王强', createdAt: new Date(), updatedAt: new Date() });
  }
  await server.signIn([
    'kam.east.1',
    'kam.east.2',
    'kam.north.1',
    'rm.east',
    'director',
    'auditor',
  ]);
});
afterAll(async () => {
  await server.close();
});

const call = (user: string, url: string, options?: RequestOptions) =>
  server.request(user, url, options);
const versionOf = async (id: number) =>
  (await call('director', `/api/customers/${id}`)).json().version as number;
const setParent = async (user: string, id: number, parentCustomerId: number | null) =>
  call(user, `/api/customers/${id}/group-parent`, {
    method: 'PUT',
    payload: { parentCustomerId },
    headers: { 'if-match': `"${await versionOf(id)}"` },
  });

describe('credit profile (C1.8)', () => {
  const url = () => `/api/customers/${ids.plain}/credit-profile`;

  it('is created by a first save without If-Match, then edited with it, audited', async () => {
    const empty = (await call('kam.east.1', `/api/customers/${ids.plain}/credit`)).json();
    expect(empty).toMatchObject({ profile: null, payments: { onTimeRate: null, overdueCount: 0 } });
    const first = await call('kam.east.1', url(), {
      method: 'PUT',
      payload: { paymentCapacity: 'strong', creditLimit: '500万' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ creditLimit: '5000000.00', version: 1 });
    const again = (headers: object) =>
      call('kam.east.1', url(), {
        method: 'PUT',
        payload: { contractPerformance: 'fair' },
        headers,
      });
    expect((await again({})).statusCode).toBe(428);
    expect((await again({ 'if-match': '"5"' })).statusCode).toBe(412);
    const ok = await again({ 'if-match': '"1"' });
    expect(ok.json()).toMatchObject({ contractPerformance: 'fair', paymentCapacity: 'strong' });
    expect(ok.headers.etag).toBe('"2"');
    const audit = (await call('kam.east.1', `/api/customers/${ids.plain}/audit`)).json();
    expect(audit.items.slice(0, 2).map((i: { action: string }) => i.action)).toEqual([
      'credit.update',
      'credit.create',
    ]);
    expect(audit.items[0].after).toEqual({ 'credit.contractPerformance': 'fair' });
  });

  it('a first save with If-Match cannot match; bad values are named; scope holds', async () => {
    const none = `/api/customers/${ids.s1}/credit-profile`;
    const stale = await call('kam.east.1', none, {
      method: 'PUT',
      payload: { paymentCapacity: 'weak' },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.statusCode).toBe(412);
    const bad = await call('kam.east.1', none, {
      method: 'PUT',
      payload: { creditLimit: '-1', paymentCapacity: 'rich' },
    });
    expect(bad.json().issues.map((i: { message: string }) => i.message)).toEqual([
      '「支付能力」不是可选的值',
      '「信用额度」不能为负数',
    ]);
    expect((await call('auditor', none, { method: 'PUT', payload: {} })).statusCode).toBe(403);
    expect((await call('kam.east.2', none, { method: 'PUT', payload: {} })).statusCode).toBe(404);
  });
});

describe('group structure (C1.13)', () => {
  it('needs If-Match, a readable parent, and refuses loops', async () => {
    const bare = await call('kam.east.1', `/api/customers/${ids.s1}/group-parent`, {
      method: 'PUT',
      payload: { parentCustomerId: ids.group },
    });
    expect(bare.statusCode).toBe(428);
    const hidden = await setParent('kam.east.1', ids.s1, ids.s3);
    expect(hidden.statusCode).toBe(400);
    expect(hidden.json().issues[0]).toMatchObject({
      field: 'parentCustomerId',
      code: 'validation.group_parent_unknown',
      message: '「所属集团」找不到该客户，或您无权查看',
    });
    expect((await setParent('kam.east.1', ids.s2, ids.group)).statusCode).toBe(404);
    expect((await setParent('auditor', ids.s1, ids.group)).statusCode).toBe(403);
    for (const id of [ids.s1, ids.s2, ids.s3]) {
      const ok = await setParent('director', id, ids.group);
      expect(ok.statusCode).toBe(200);
      expect(ok.json().parentCustomerId).toBe(ids.group);
    }
    const self = await setParent('director', ids.group, ids.group);
    expect(self.statusCode).toBe(409);
    const loop = await setParent('director', ids.group, ids.s1);
    expect(loop.json()).toMatchObject({ code: 'conflict.group_cycle', field: 'parentCustomerId' });
    const audit = (await call('director', `/api/customers/${ids.s1}/audit`)).json();
    expect(audit.items[0]).toMatchObject({
      action: 'customer.group_parent',
      before: { parentCustomerId: null },
      after: { parentCustomerId: ids.group },
    });
  });

  it('rolls up only the subsidiaries the viewer may read (record scope)', async () => {
    const view = async (user: string) =>
      (await call(user, `/api/customers/${ids.group}/360`)).json().group;
    const director = await view('director');
    expect(director.subsidiaries.map((s: { name: string }) => s.name).sort()).toEqual(
      ['华东一分公司', '华东二分公司', '华北分公司'].sort(),
    );
    expect(director.rollup).toMatchObject({
      subsidiaries: 3,
      last12Months: '400.00',
      lifetime: '4400.00',
      contacts: 4,
      tiers: { A: 1, B: 2, C: 0, D: 0, none: 1 },
    });
    const region = await view('rm.east');
    expect(region.rollup).toMatchObject({ subsidiaries: 2, lifetime: '3300.00', contacts: 3 });
    const kam = await view('kam.east.1');
    expect(kam.subsidiaries.map((s: { name: string }) => s.name)).toEqual(['华东一分公司']);
    expect(kam.rollup).toMatchObject({
      subsidiaries: 1,
      last12Months: '200.00',
      tiers: { A: 1, B: 1, none: 0 },
    });
  });

  // On PostgreSQL the walk must pass the policies too: the middle level is outside the scope.
  it('counts a readable grandchild under a subsidiary the viewer may not read', async () => {
    const { east, users } = server.org;
    const grandchild = await seedCustomer(server.handle, {
      orgUnitId: east.id,
      name: '华东二分公司下属厂',
      team: [{ userId: users.kamEast1.userId, teamRole: 'manager' }],
    });
    expect((await setParent('director', grandchild, ids.s2)).statusCode).toBe(200);
    const kam = (await call('kam.east.1', `/api/customers/${ids.group}/360`)).json().group;
    expect(kam.subsidiaries.map((s: { name: string; depth: number }) => [s.name, s.depth])).toEqual(
      [
        ['华东一分公司', 1],
        ['华东二分公司下属厂', 2],
      ],
    );
    expect(kam.rollup).toMatchObject({ subsidiaries: 2 });
    expect(JSON.stringify(kam)).not.toContain('华东二分公司"');
    expect((await setParent('director', grandchild, null)).statusCode).toBe(200);
  });

  it('a subsidiary shows its group, or only that it has one when the group is not readable', async () => {
    const s1 = (await call('kam.east.1', `/api/customers/${ids.s1}/360`)).json().group;
    expect(s1).toMatchObject({ parent: { id: ids.group, name: '华东集团' }, parentHidden: false });
    const s3 = (await call('kam.north.1', `/api/customers/${ids.s3}/360`)).json().group;
    expect(s3).toMatchObject({ parent: null, parentHidden: true, rollup: null });
    expect(JSON.stringify(s3)).not.toContain('华东集团');
  });

  it('taking a customer out of its group is a null parent', async () => {
    const out = await setParent('director', ids.s3, null);
    expect(out.json().parentCustomerId).toBeNull();
    const director = (await call('director', `/api/customers/${ids.group}/360`)).json().group;
    expect(director.rollup.subsidiaries).toBe(2);
  });
});
