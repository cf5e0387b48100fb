import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type RequestOptions, type TestServer } from '../testing/test-server.ts';
import { seedCustomer } from '../testing/build-customer.ts';
import { verifyAuditChain } from '../db/audit-repository.ts';

let server: TestServer;
let ownId: number;
let otherTeamId: number;
const USERS = ['kam.east.1', 'kam.east.2', 'support.east', 'rm.east', 'rm.north', 'sec.east'];

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
  await server.signIn([...USERS, 'director', 'committee', 'auditor', 'admin']);
});
afterAll(async () => {
  await server.close();
});

const call = (user: string, url: string, options?: RequestOptions) =>
  server.request(user, url, options);

/** One row per versioned record type: a valid record, a bad one, and an edit. */
const KINDS = [
  {
    path: 'payments',
    valid: { invoiceNo: '24312000000012345678', issuedOn: '2025-03-01', dueOn: '2025-03-31', amount: '¥12.5万' },
    stored: { amount: '125000.00', standing: 'overdue' },
    bad: { issuedOn: '2025-03-31', dueOn: '2025-03-01', amount: '-5', paidOn: '2025-03-10' },
    issues: [
      ['payment.amount', 'validation.negative_amount', '「发票金额」不能为负数'],
      ['payment.dueOn', 'validation.due_before_issue', '「到期日」不能早于开票日期'],
      ['payment.paidAmount', 'validation.required', '请填写「回款金额」'],
    ],
    edit: { paidOn: '2025-03-30', paidAmount: '125000' },
    edited: { paidAmount: '125000.00', standing: 'paid_on_time' },
    audit: { before: { 'payment.paidOn': null }, after: { 'payment.paidOn': '2025-03-30' } },
  },
  {
    path: 'needs',
    valid: { kind: 'product', title: '变频空调 200 台', specification: '5 匹', targetPrice: '6,800' },
    stored: { status: 'open', targetPrice: '6800.00' },
    bad: { kind: 'gadget', title: ' ', targetPrice: '12.345' },
    issues: [
      ['need.kind', 'validation.enum', '「需求类型」不是可选的值'],
      ['need.title', 'validation.required', '请填写「需求名称」'],
      ['need.targetPrice', 'validation.money', '「期望价格」不是有效的金额（可写 1,234.56、¥12万、1.5亿）'],
    ],
    edit: { status: 'met' },
    edited: { status: 'met' },
    audit: { before: { 'need.status': 'open' }, after: { 'need.status': 'met' } },
  },
  {
    path: 'projects',
    valid: { name: '数据中心二期', phase: 'upcoming', status: 'bidding', expectedFollowOnValue: '2.5亿', biddingMethod: 'public_tender' },
    stored: { expectedFollowOnValue: '250000000.00', priceLevel: null },
    bad: { name: '机房', phase: 'past', status: 'won', startOn: '2024-06-01', endOn: '2024-01-01' },
    issues: [['project.endOn', 'validation.end_before_start', '「结束日期」不能早于开始日期']],
    edit: { status: 'won', contractValue: '1.2亿' },
    edited: { status: 'won', contractValue: '120000000.00' },
    audit: { before: { 'project.status': 'bidding' }, after: { 'project.status': 'won' } },
  },
  {
    path: 'timeline',
    valid: { kind: 'complaint', occurredAt: '2025-05-06 09:30', title: '交付延迟两周' },
    stored: { occurredAt: '2025-05-06T01:30:00.000Z', handlingStatus: 'open' },
    bad: { kind: 'complaint', occurredAt: '2025-13-01 09:30', title: '' },
    issues: [
      ['record.occurredAt', 'validation.datetime', '「发生时间」不是有效的时间（YYYY-MM-DD HH:mm）'],
      ['record.title', 'validation.required', '请填写「标题」'],
    ],
    edit: { handling: '已协调物流加急', handlingStatus: 'resolved' },
    edited: { handlingStatus: 'resolved' },
    audit: { before: { 'record.handlingStatus': 'open' }, after: { 'record.handlingStatus': 'resolved' } },
  },
] as const; // prettier-ignore

const at = (id: number, path: string) => `/api/customers/${id}/${path}`;

describe.each(KINDS)('$path (record scope, validation, If-Match, audit)', (kind) => {
  let created: { id: number; version: number };

  it('a team manager adds one: 201 with ETag, normalised, audited', async () => {
    const response = await call('kam.east.1', at(ownId, kind.path), {
      method: 'POST',
      payload: kind.valid,
    });
    expect(response.statusCode).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    created = response.json();
    expect(created).toMatchObject({ version: 1, ...kind.stored });
    const list = (await call('kam.east.1', at(ownId, kind.path))).json();
    expect(list).toMatchObject({ total: 1, page: 1, permissions: { edit: true } });
    expect(list.items[0].id).toBe(created.id);
    const audit = (await call('kam.east.1', `/api/customers/${ownId}/audit`)).json();
    expect(audit.items[0].action).toMatch(/\.create$/);
  });

  it('names every bad field at once, localised, and stores nothing', async () => {
    const response = await call('kam.east.1', at(ownId, kind.path), {
      method: 'POST',
      payload: kind.bad,
    });
    expect(response.statusCode).toBe(400);
    const issues = response.json().issues as { field: string; code: string; message: string }[];
    expect(issues.map((i) => [i.field, i.code, i.message])).toEqual(kind.issues);
    const en = await call('kam.east.1', at(ownId, kind.path), {
      method: 'POST',
      payload: kind.bad,
      headers: { 'accept-language': 'en' },
    });
    expect(en.json().issues[0].message).not.toMatch(/[\u4e00-\u9fff]/);
    expect((await call('kam.east.1', at(ownId, kind.path))).json().total).toBe(1);
  });

  it('edits need If-Match: 428 without, 412 when stale; the change is audited', async () => {
    const url = `${at(ownId, kind.path)}/${created.id}`;
    const patch = (headers: object) =>
      call('kam.east.1', url, { method: 'PATCH', payload: kind.edit, headers });
    expect((await patch({})).statusCode).toBe(428);
    expect((await patch({ 'if-match': '"7"' })).statusCode).toBe(412);
    const ok = await patch({ 'if-match': '"1"' });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    expect(ok.json()).toMatchObject({ version: 2, ...kind.edited });
    expect((await patch({ 'if-match': '"1"' })).statusCode).toBe(412);
    const audit = (await call('kam.east.1', `/api/customers/${ownId}/audit`)).json();
    expect(audit.items[0]).toMatchObject({ action: expect.stringMatching(/\.update$/) });
    expect(audit.items[0].before).toMatchObject(kind.audit.before);
    expect(audit.items[0].after).toMatchObject(kind.audit.after);
  });

  it('outside the scope the customer is not there: 404 to read, add and edit', async () => {
    for (const user of ['kam.east.2', 'rm.north', 'admin']) {
      expect((await call(user, at(ownId, kind.path))).statusCode).toBe(404);
      const post = await call(user, at(ownId, kind.path), { method: 'POST', payload: kind.valid });
      expect(post.statusCode).toBe(404);
      const patch = await call(user, `${at(ownId, kind.path)}/${created.id}`, {
        method: 'PATCH',
        payload: kind.edit,
        headers: { 'if-match': '"2"' },
      });
      expect(patch.statusCode).toBe(404);
    }
    // A record id under another customer's path is not found either.
    const crossed = await call('kam.east.2', `${at(otherTeamId, kind.path)}/${created.id}`, {
      method: 'PATCH',
      payload: kind.edit,
      headers: { 'if-match': '"2"' },
    });
    expect(crossed.statusCode).toBe(404);
  });

  it('readers who may not write (support, auditor, committee) read but get 403', async () => {
    for (const user of ['support.east', 'auditor', 'committee']) {
      const list = await call(user, at(ownId, kind.path));
      expect(list.statusCode).toBe(200);
      expect(list.json().permissions.edit).toBe(false);
      const post = await call(user, at(ownId, kind.path), { method: 'POST', payload: kind.valid });
      expect(post.statusCode).toBe(403);
      const patch = await call(user, `${at(ownId, kind.path)}/${created.id}`, {
        method: 'PATCH',
        payload: kind.edit,
        headers: { 'if-match': '"2"' },
      });
      expect(patch.statusCode).toBe(403);
    }
  });

  it('the region (regional manager, secretary) and the director may write', async () => {
    for (const user of ['rm.east', 'sec.east', 'director']) {
      const list = await call(user, at(ownId, kind.path));
      expect(list.json().permissions.edit).toBe(true);
    }
  });
});

describe('pages and the audit chain', () => {
  it('pages the timeline newest first and filters it by kind', async () => {
    for (const [kind, occurredAt] of [
      ['visit', '2025-01-02 10:00'],
      ['meeting', '2025-02-03 10:00'],
      ['conversation', '2025-06-01T08:00:00+08:00'],
    ]) {
      const response = await call('kam.east.1', at(ownId, 'timeline'), {
        method: 'POST',
        payload: { kind, occurredAt, title: `${kind} 记录` },
      });
      expect(response.statusCode).toBe(201);
    }
    const first = (await call('kam.east.1', `${at(ownId, 'timeline')}?pageSize=2`)).json();
    expect(first.total).toBe(4);
    expect(first.items.map((r: { kind: string }) => r.kind)).toEqual(['conversation', 'complaint']);
    const second = (await call('kam.east.1', `${at(ownId, 'timeline')}?pageSize=2&page=2`)).json();
    expect(second.items.map((r: { kind: string }) => r.kind)).toEqual(['meeting', 'visit']);
    const visits = (await call('kam.east.1', `${at(ownId, 'timeline')}?kind=visit`)).json();
    expect(visits.total).toBe(1);
  });

  it('every change above left an unbroken audit chain', async () => {
    expect((await verifyAuditChain(server.handle.db)).firstBreak).toBeNull();
  });
});
