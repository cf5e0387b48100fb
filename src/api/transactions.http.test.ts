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
  await server.signIn(['kam.east.1', 'kam.east.2', 'support.east', 'auditor', 'rm.north']);
});
afterAll(async () => {
  await server.close();
});

const call = (user: string, url: string, options?: RequestOptions) =>
  server.request(user, url, options);
const txOf = (id: number) => `/api/customers/${id}/transactions`;
const post = (user: string, id: number, payload: object, headers: object = {}) =>
  call(user, txOf(id), { method: 'POST', payload, headers });

describe('transactions entered by hand (C1.5)', () => {
  it('keeps exact decimals and derives profit = amount − cost', async () => {
    const response = await post('kam.east.1', ownId, {
      occurredOn: '2025-04-01',
      amount: '¥1,234,567.89',
      cost: '0.1万',
      product: '精密空调 CANATAL VI',
      quantity: '２.5',
      channel: 'direct',
      externalId: 'SO-2025-0001',
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      amount: '1234567.89',
      cost: '1000.00',
      profit: '1233567.89',
      quantity: '2.500',
      currency: 'CNY',
    });
    expect(response.headers.etag).toBe(`"${body.etag}"`);
    const audit = (await call('kam.east.1', `/api/customers/${ownId}/audit`)).json();
    expect(audit.items[0]).toMatchObject({
      action: 'transaction.create',
      after: { 'transaction.amount': '1234567.89', 'transaction.profit': '1233567.89' },
    });
  });

  it('keeps a profit given without a cost; refuses one that disagrees with the cost', async () => {
    const onlyProfit = await post('kam.east.1', ownId, {
      occurredOn: '2025-04-02',
      amount: '100',
      profit: '30',
    });
    expect(onlyProfit.json()).toMatchObject({ cost: null, profit: '30.00' });
    const wrong = await post('kam.east.1', ownId, {
      occurredOn: '2025-04-02',
      amount: '100',
      cost: '80',
      profit: '30',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().issues).toEqual([
      {
        field: 'transaction.profit',
        code: 'validation.profit_mismatch',
        message: '「利润」应等于金额减成本：20.00',
      },
    ]);
  });

  it('names bad fields: date in the future, quantity with 4 decimals, unknown channel', async () => {
    const response = await post(
      'kam.east.1',
      ownId,
      { occurredOn: '2999-01-01', amount: 'abc', quantity: '1.2345', channel: 'fax' },
      { 'accept-language': 'zh-TW' },
    );
    expect(response.statusCode).toBe(400);
    expect(
      response.json().issues.map((i: { field: string; message: string }) => i.message),
    ).toEqual([
      '「金額」不是有效的金額（可寫 1,234.56、¥12萬、1.5億）',
      '「數量」應為數字，最多 3 位小數',
      '「通路」不是可選的值',
      '「交易日期」不能晚於今天',
    ]);
  });

  it('a second use of an external id is 409 naming the field, even on another customer', async () => {
    const again = await post('kam.east.2', otherTeamId, {
      occurredOn: '2025-04-03',
      amount: '1',
      externalId: 'SO-2025-0001',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'conflict.duplicate',
      field: 'transaction.externalId',
      message: '「外部单号」已存在：SO-2025-0001',
    });
  });

  it('edits need the etag: 428 without, 412 when stale; profit follows the cost', async () => {
    const created = (
      await post('kam.east.1', ownId, { occurredOn: '2025-04-05', amount: '500', cost: '300' })
    ).json();
    const url = `${txOf(ownId)}/${created.id}`;
    const patch = (headers: object, payload: object = { cost: '350' }) =>
      call('kam.east.1', url, { method: 'PATCH', payload, headers });
    expect((await patch({})).statusCode).toBe(428);
    expect((await patch({ 'if-match': '"0123456789abcdef0123"' })).statusCode).toBe(412);
    const ok = await patch({ 'if-match': `"${created.etag}"` });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ cost: '350.00', profit: '150.00' });
    expect(ok.json().etag).not.toBe(created.etag);
    expect((await patch({ 'if-match': `"${created.etag}"` })).statusCode).toBe(412);
    const audit = (await call('kam.east.1', `/api/customers/${ownId}/audit`)).json();
    expect(audit.items[0]).toMatchObject({
      action: 'transaction.update',
      before: { 'transaction.cost': '300.00', 'transaction.profit': '200.00' },
      after: { 'transaction.cost': '350.00', 'transaction.profit': '150.00' },
    });
    const taken = await patch(
      { 'if-match': ok.headers.etag as string },
      { externalId: 'SO-2025-0001' },
    );
    expect(taken.statusCode).toBe(409);
  });

  it('pages the history newest first, for readers only', async () => {
    const page = (await call('support.east', `${txOf(ownId)}?pageSize=2`)).json();
    expect(page).toMatchObject({ total: 3, page: 1, pageSize: 2, permissions: { edit: false } });
    expect(page.items.map((t: { occurredOn: string }) => t.occurredOn)).toEqual([
      '2025-04-05',
      '2025-04-02',
    ]);
    for (const user of ['kam.east.2', 'rm.north']) {
      expect((await call(user, txOf(ownId))).statusCode).toBe(404);
      expect((await post(user, ownId, { occurredOn: '2025-01-01', amount: '1' })).statusCode).toBe(
        404,
      );
    }
    for (const user of ['support.east', 'auditor']) {
      expect((await post(user, ownId, { occurredOn: '2025-01-01', amount: '1' })).statusCode).toBe(
        403,
      );
    }
  });
});
