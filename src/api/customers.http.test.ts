import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import { buildCustomer, seedCustomer } from '../testing/build-customer.ts';
import { verifyAuditChain } from '../db/audit-repository.ts';

let server: TestServer;
let ownId: number;
let otherTeamId: number;
let northId: number;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  const { east, north, users } = server.org;
  ownId = await seedCustomer(server.handle, {
    orgUnitId: east.id,
    name: '苏州恒达精密机械有限公司',
    tier: 'A',
    team: [
      { userId: users.kamEast1.userId, teamRole: 'manager' },
      { userId: users.supportEast.userId, teamRole: 'support' },
    ],
  });
  otherTeamId = await seedCustomer(server.handle, {
    orgUnitId: east.id,
    name: '杭州远景能源科技有限公司',
    tier: 'B',
    team: [{ userId: users.kamEast2.userId, teamRole: 'manager' }],
  });
  northId = await seedCustomer(server.handle, {
    orgUnitId: north.id,
    name: '北京华信电力工程有限公司',
    tier: 'A',
    team: [{ userId: users.kamNorth.userId, teamRole: 'manager' }],
  });
  for (const name of [
    'kam.east.1',
    'kam.east.2',
    'support.east',
    'rm.east',
    'rm.north',
    'director',
    'auditor',
    'admin',
    'sec.east',
    'committee',
  ]) {
    cookies[name] = await server.login(name);
  }
});
afterAll(async () => {
  await server.close();
});

const get = (user: string, url: string, headers: Record<string, string> = {}) =>
  server.app.inject({ url, headers: { cookie: cookies[user]!, ...headers } });

async function visibleIds(user: string): Promise<number[]> {
  const response = await get(user, '/api/customers?pageSize=200');
  expect(response.statusCode).toBe(200);
  return response
    .json()
    .items.map((c: { id: number }) => c.id)
    .sort();
}

describe('record scope per role (C7.2)', () => {
  it.each([
    ['kam.east.1', () => [ownId]],
    ['support.east', () => [ownId]],
    ['kam.east.2', () => [otherTeamId]],
    ['rm.east', () => [ownId, otherTeamId]],
    ['sec.east', () => [ownId, otherTeamId]],
    ['rm.north', () => [northId]],
    ['director', () => [ownId, otherTeamId, northId]],
    ['committee', () => [ownId, otherTeamId, northId]],
    ['auditor', () => [ownId, otherTeamId, northId]],
    ['admin', () => []],
  ])('%s sees exactly their customers, with a matching total', async (user, expected) => {
    expect(await visibleIds(user)).toEqual(expected().sort());
    const total = (await get(user, '/api/customers?pageSize=1')).json().total;
    expect(total).toBe(expected().length);
  });

  it("a KA manager cannot read another team's customer: 404, as if it did not exist", async () => {
    expect((await get('kam.east.1', `/api/customers/${otherTeamId}`)).statusCode).toBe(404);
    expect((await get('kam.east.1', `/api/customers/${otherTeamId}/360`)).statusCode).toBe(404);
    expect((await get('kam.east.1', `/api/customers/${otherTeamId}/audit`)).statusCode).toBe(404);
    expect((await get('kam.east.1', `/api/customers/${ownId}`)).statusCode).toBe(200);
  });

  it('the auditor reads everything and writes nothing', async () => {
    const read = await get('auditor', `/api/customers/${ownId}`);
    expect(read.statusCode).toBe(200);
    const write = await server.app.inject({
      method: 'PATCH',
      url: `/api/customers/${ownId}`,
      headers: { cookie: cookies.auditor!, 'if-match': read.headers.etag as string },
      payload: { phone: '021-62345678' },
    });
    expect(write.statusCode).toBe(403);
    const create = await server.app.inject({
      method: 'POST',
      url: '/api/customers',
      headers: { cookie: cookies.auditor! },
      payload: buildCustomer({ orgUnitId: server.org.east.id }),
    });
    expect(create.statusCode).toBe(403);
  });

  it("support staff read their team's customer but may not edit it", async () => {
    const read = await get('support.east', `/api/customers/${ownId}`);
    const write = await server.app.inject({
      method: 'PATCH',
      url: `/api/customers/${ownId}`,
      headers: { cookie: cookies['support.east']!, 'if-match': read.headers.etag as string },
      payload: { phone: '021-62345678' },
    });
    expect(write.statusCode).toBe(403);
  });
});

describe('list filters, search and paging', () => {
  it('filters by tier and org unit, and searches by name', async () => {
    const tierA = (await get('director', '/api/customers?tier=A')).json();
    expect(tierA.items.map((c: { id: number }) => c.id).sort()).toEqual([ownId, northId].sort());
    const north = (await get('director', `/api/customers?orgUnitId=${server.org.north.id}`)).json();
    expect(north.items.map((c: { id: number }) => c.id)).toEqual([northId]);
    const search = (await get('director', `/api/customers?q=${encodeURIComponent('恒达')}`)).json();
    expect(search.items.map((c: { name: string }) => c.name)).toEqual(['苏州恒达精密机械有限公司']);
  });

  it('pages with a stable order and the full total', async () => {
    const page1 = (await get('director', '/api/customers?pageSize=2&page=1&sort=name')).json();
    const page2 = (await get('director', '/api/customers?pageSize=2&page=2&sort=name')).json();
    expect(page1.total).toBe(3);
    expect(page1.items).toHaveLength(2);
    expect(page2.items).toHaveLength(1);
    expect(new Set([...page1.items, ...page2.items].map((c: { id: number }) => c.id)).size).toBe(3);
  });

  it('rejects a bad filter naming the field', async () => {
    const response = await get('director', '/api/customers?tier=E', { 'accept-language': 'en' });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues[0]).toMatchObject({ field: 'tier', code: 'validation.enum' });
  });

  it('names the limit of a search text that is too long', async () => {
    const q = encodeURIComponent('长'.repeat(101));
    const response = await get('director', `/api/customers?q=${q}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().issues[0]).toMatchObject({
      field: 'q',
      code: 'validation.too_long',
      message: '「搜索词」不能超过 100 个字符',
    });
  });
});

describe('create and edit', () => {
  const post = (user: string, payload: object, lang = 'zh-CN') =>
    server.app.inject({
      method: 'POST',
      url: '/api/customers',
      headers: { cookie: cookies[user]!, 'accept-language': lang },
      payload,
    });

  it('a KA manager creates a customer, joins its team, and the creation is audited', async () => {
    const response = await post(
      'kam.east.1',
      buildCustomer({
        orgUnitId: server.org.east.id,
        annualRevenue: '1.5亿',
        phone: '021 6234 5678',
      }),
    );
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      annualRevenue: '150000000.00',
      phone: '021-62345678',
      lifecycleStatus: 'prospect',
      version: 1,
    });
    expect((await get('kam.east.1', `/api/customers/${created.id}`)).statusCode).toBe(200);
    const audit = (await get('kam.east.1', `/api/customers/${created.id}/audit`)).json();
    expect(audit.items[0]).toMatchObject({ action: 'customer.create', actorName: 'kam.east.1' });
  });

  it('a KA manager may not place a customer in another region', async () => {
    const response = await post('kam.east.1', buildCustomer({ orgUnitId: server.org.north.id }));
    expect(response.statusCode).toBe(403);
  });

  it('names every bad field, in the asked language', async () => {
    const response = await post(
      'director',
      buildCustomer({
        orgUnitId: server.org.east.id,
        creditCode: '91310110666007217X',
        postcode: '2000',
        email: 'no-at-sign',
        annualRevenue: '12.345',
      }),
      'en',
    );
    expect(response.statusCode).toBe(400);
    const issues = response.json().issues as { field: string; code: string; message: string }[];
    expect(issues.map((i) => i.field).sort()).toEqual([
      'annualRevenue',
      'creditCode',
      'email',
      'postcode',
    ]);
    expect(issues.find((i) => i.field === 'creditCode')!.message).toBe(
      'Unified social credit code has a wrong check character (GB 32100 expects T)',
    );
    const zh = await post(
      'director',
      buildCustomer({ orgUnitId: server.org.east.id, postcode: '2000' }),
    );
    expect(zh.json().issues[0].message).toBe('「邮政编码」应为 6 位数字');
  });

  it('accepts a wrong check character only with a waiver from a privileged user', async () => {
    const code = '91310110666007217X';
    const kam = await post(
      'kam.east.1',
      buildCustomer({
        orgUnitId: server.org.east.id,
        creditCode: code,
        creditCodeCheckWaiver: '早期赋码',
      }),
    );
    expect(kam.statusCode).toBe(400);
    const rm = await post(
      'rm.east',
      buildCustomer({
        orgUnitId: server.org.east.id,
        creditCode: code,
        creditCodeCheckWaiver: '早期赋码，已核对营业执照',
      }),
    );
    expect(rm.statusCode).toBe(201);
    expect(rm.json()).toMatchObject({
      creditCode: code,
      creditCodeCheckWaiver: '早期赋码，已核对营业执照',
    });
  });

  it('refuses a duplicate credit code with 409 naming the field', async () => {
    const input = buildCustomer({ orgUnitId: server.org.east.id });
    expect((await post('director', input)).statusCode).toBe(201);
    const again = await post('director', { ...input, name: '另一家公司' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'conflict.duplicate', field: 'creditCode' });
  });

  it('edits with If-Match: 428 without it, 412 when stale, audit with before and after', async () => {
    const patch = (headers: Record<string, string>, payload: object) =>
      server.app.inject({
        method: 'PATCH',
        url: `/api/customers/${ownId}`,
        headers: { cookie: cookies['kam.east.1']!, ...headers },
        payload,
      });
    const current = await get('kam.east.1', `/api/customers/${ownId}`);
    const etag = current.headers.etag as string;
    expect((await patch({}, { phone: '021-60000001' })).statusCode).toBe(428);
    const ok = await patch({ 'if-match': etag }, { phone: '021-60000001' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ phone: '021-60000001', version: current.json().version + 1 });
    const stale = await patch({ 'if-match': etag }, { phone: '021-60000002' });
    expect(stale.statusCode).toBe(412);
    expect((await get('kam.east.1', `/api/customers/${ownId}`)).json().phone).toBe('021-60000001');
    const audit = (await get('kam.east.1', `/api/customers/${ownId}/audit`)).json();
    expect(audit.items[0]).toMatchObject({
      action: 'customer.update',
      before: { phone: null },
      after: { phone: '021-60000001' },
    });
    expect((await verifyAuditChain(server.handle.db)).firstBreak).toBeNull();
  });

  it('a failed edit leaves the record as it was', async () => {
    const current = (await get('kam.east.1', `/api/customers/${ownId}`)).json();
    const bad = await server.app.inject({
      method: 'PATCH',
      url: `/api/customers/${ownId}`,
      headers: { cookie: cookies['kam.east.1']!, 'if-match': `"${current.version}"` },
      payload: { phone: '12', name: '改了名字' },
    });
    expect(bad.statusCode).toBe(400);
    expect((await get('kam.east.1', `/api/customers/${ownId}`)).json()).toEqual(current);
  });
});

describe('customer 360', () => {
  it('gives profile, team, contacts, purchase totals and edit permission', async () => {
    const response = await get('kam.east.1', `/api/customers/${ownId}/360`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.customer.id).toBe(ownId);
    type Member = { teamRole: string; accessLevel: string };
    expect(body.team.map((m: Member) => [m.teamRole, m.accessLevel]).sort()).toEqual([
      ['manager', 'edit'],
      ['support', 'read'],
    ]);
    expect(body.purchases).toEqual({
      last12Months: '0.00',
      lifetime: '0.00',
      lastPurchaseOn: null,
      orders12Months: 0,
    });
    expect(body.permissions.edit).toBe(true);
    expect((await get('support.east', `/api/customers/${ownId}/360`)).json().permissions.edit).toBe(
      false,
    );
  });
});
