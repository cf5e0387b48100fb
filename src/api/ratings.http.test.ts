import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL } from '../domain/scoring/default-model.ts';
import { seedCustomer } from '../testing/build-customer.ts';
import { startTestServer, type RequestOptions, type TestServer } from '../testing/test-server.ts';

let server: TestServer;
let ownId: number;
let colleaguesId: number;

beforeAll(async () => {
  server = await startTestServer();
  const { east, users } = server.org;
  ownId = await seedCustomer(server.handle, {
    orgUnitId: east.id,
    tier: 'B',
    team: [
      { userId: users.kamEast1.userId, teamRole: 'manager' },
      { userId: users.supportEast.userId, teamRole: 'support' },
    ],
  });
  colleaguesId = await seedCustomer(server.handle, {
    orgUnitId: east.id,
    team: [{ userId: users.kamEast2.userId, teamRole: 'manager' }],
  });
  await server.signIn([
    'committee',
    'auditor',
    'kam.east.1',
    'kam.east.2',
    'support.east',
    'rm.east',
  ]);
  const draft = await call('committee', '/api/scoring/models', {
    method: 'POST',
    payload: { definition: DEFAULT_MODEL },
  });
  await call('committee', `/api/scoring/models/${draft.json().id}/adoption`, { method: 'POST' });
});
afterAll(async () => {
  await server.close();
});

const call = (user: string, url: string, options?: RequestOptions) =>
  server.request(user, url, options);
const ratingsOf = (id: number) => `/api/customers/${id}/ratings`;
const rate = (user: string, id: number, indicator: string, payload: object) =>
  call(user, `${ratingsOf(id)}/${indicator}`, { method: 'PUT', payload });

describe('ratings of rated indicators over HTTP (C2.2)', () => {
  it('lists the adopted model’s rated indicators, missing ones flagged with the default', async () => {
    const body = (await call('kam.east.1', ratingsOf(ownId))).json();
    expect(body.mayRate).toBe(true);
    expect(body.lines.map((l: { indicatorId: string }) => l.indicatorId)).toEqual([
      'industry_outlook',
      'new_business_possibility',
      'credit_rating',
      'financial_status',
      'referral_willingness',
      'brand_recognition',
    ]);
    const outlook = body.lines[0];
    expect(outlook).toMatchObject({ value: null, defaulted: true, ratedBy: null });
    expect(outlook.scale.defaultValue).toBe(3);
  });

  it('the account’s KA manager rates own accounts, with who and when, and a history', async () => {
    expect((await rate('kam.east.1', ownId, 'industry_outlook', { value: 4 })).statusCode).toBe(
      200,
    );
    const second = await rate('kam.east.1', ownId, 'industry_outlook', {
      value: 5,
      note: '新能源订单增长',
    });
    expect(second.statusCode).toBe(200);
    const line = (await call('support.east', ratingsOf(ownId))).json().lines[0];
    expect(line).toMatchObject({
      value: 5,
      defaulted: false,
      ratedBy: 'kam.east.1',
      note: '新能源订单增长',
    });
    expect(line.ratedAt).toEqual(expect.any(String));
    const history = (
      await call('kam.east.1', `${ratingsOf(ownId)}/industry_outlook/history`)
    ).json();
    expect(history.items.map((h: { value: number }) => h.value)).toEqual([5, 4]);
    expect(history.items[0].ratedBy).toBe('kam.east.1');
  });

  it('a KA manager cannot rate a colleague’s account (404: not in scope)', async () => {
    expect(
      (await rate('kam.east.1', colleaguesId, 'industry_outlook', { value: 2 })).statusCode,
    ).toBe(404);
    expect((await call('kam.east.1', ratingsOf(colleaguesId))).statusCode).toBe(404);
    expect(
      (await rate('kam.east.2', colleaguesId, 'industry_outlook', { value: 2 })).statusCode,
    ).toBe(200);
  });

  it('the auditor, support and the committee read but never rate (403)', async () => {
    for (const user of ['auditor', 'support.east', 'committee']) {
      const list = await call(user, ratingsOf(ownId));
      expect(list.statusCode).toBe(200);
      expect(list.json().mayRate).toBe(false);
      expect((await rate(user, ownId, 'credit_rating', { value: 5 })).statusCode).toBe(403);
    }
    const history = await call('auditor', `${ratingsOf(ownId)}/credit_rating/history`);
    expect(history.json().items).toEqual([]);
  });

  it('refuses a value off the scale and an indicator that is not rated, naming the field', async () => {
    const off = await rate('rm.east', ownId, 'credit_rating', { value: 9 });
    expect(off.statusCode).toBe(400);
    expect(off.json().issues[0]).toMatchObject({ field: 'value', code: 'validation.enum' });
    const computed = await rate('rm.east', ownId, 'annual_purchase_amount', { value: 3 });
    expect(computed.json().issues[0]).toMatchObject({ field: 'indicatorId' });
  });
});
