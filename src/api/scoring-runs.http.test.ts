import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL } from '../domain/scoring/default-model.ts';
import { adoptModelVersion } from '../app/scoring/adopt-model-version.ts';
import { createModelVersion } from '../app/scoring/create-model-version.ts';
import { transactions } from '../db/schema/index.ts';
import { seedCustomer } from '../testing/build-customer.ts';
import { startTestServer, type RequestOptions, type TestServer } from '../testing/test-server.ts';

let server: TestServer;
let customerId: number;
let modelId: number;

beforeAll(async () => {
  server = await startTestServer();
  await server.signIn(['committee', 'auditor', 'kam.east.1', 'kam.east.2', 'support.east']);
  const { org, handle, ctx } = server;
  customerId = await seedCustomer(handle, {
    orgUnitId: org.east.id,
    team: [
      { userId: org.users.kamEast1.userId, teamRole: 'manager' },
      { userId: org.users.supportEast.userId, teamRole: 'support' },
    ],
  });
  await handle.db.insert(transactions).values({
    customerId,
    occurredOn: `${new Date().getFullYear() - 1}-03-01`,
    amount: '120000.00',
    profit: '12000.00',
    createdAt: new Date(),
  });
  modelId = (await createModelVersion(ctx, DEFAULT_MODEL)).id;
  await adoptModelVersion(ctx, modelId);
});
afterAll(async () => {
  await server.close();
});

const call = (user: string, url: string, options?: RequestOptions) =>
  server.request(user, url, options);
const runs = '/api/scoring/runs';
const lastYear = String(new Date().getFullYear() - 1);

describe('evaluation runs over HTTP (C2.3)', () => {
  it('tells the screens who drives runs and lists the investigators to the committee only', async () => {
    expect((await call('committee', runs)).json().mayDriveRuns).toBe(true);
    expect((await call('kam.east.1', runs)).json().mayDriveRuns).toBe(false);
    expect((await call('auditor', runs)).json().mayDriveRuns).toBe(false);
    const investigators = await call('committee', '/api/scoring/investigators');
    expect(investigators.json().items.map((u: { username: string }) => u.username)).toContain(
      'committee',
    );
    expect((await call('kam.east.1', '/api/scoring/investigators')).statusCode).toBe(403);
  });

  it('takes a run from draft to 公示 and explains a customer’s score', async () => {
    const created = await call('committee', runs, {
      method: 'POST',
      payload: { periodLabel: lastYear, appealWindowDays: 5 },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as number;
    const computed = await call('committee', `${runs}/${id}/computation`, { method: 'POST' });
    expect(computed.json()).toMatchObject({ state: 'computed', counts: { scored: 1 } });

    // Until it is published, a KA manager does not see the run at all.
    expect((await call('kam.east.1', `${runs}/${id}`)).statusCode).toBe(404);
    const stale = await call('committee', `${runs}/${id}/review`, {
      method: 'POST',
      headers: { 'if-match': '"1"' },
    });
    expect(stale.statusCode).toBe(412);
    const review = await call('committee', `${runs}/${id}/review`, {
      method: 'POST',
      headers: { 'if-match': computed.headers.etag as string },
    });
    expect(review.json().state).toBe('under_review');
    expect(
      (await call('auditor', `${runs}/${id}/publication`, { method: 'POST' })).statusCode,
    ).toBe(403);
    const published = await call('committee', `${runs}/${id}/publication`, { method: 'POST' });
    expect(published.json().state).toBe('appeal_window');

    const seen = await call('kam.east.1', `${runs}/${id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().tiers.reduce((n: number, t: { count: number }) => n + t.count, 0)).toBe(1);
    const movers = await call('kam.east.1', `${runs}/${id}/scores?change=new`);
    expect(movers.json()).toMatchObject({ total: 1, items: [{ customerId, change: 'new' }] });

    const score = await call('kam.east.1', `/api/customers/${customerId}/score`);
    expect(score.statusCode).toBe(200);
    const body = score.json();
    expect(body).toMatchObject({ tier: null, runs: [{ runId: id, state: 'appeal_window' }] });
    expect(body.explanation.indicators).toHaveLength(12);
    const amount = (explained: {
      indicators: { indicatorId: string; raw?: string | null; score: string }[];
    }) => explained.indicators.find((line) => line.indicatorId === 'annual_purchase_amount');
    expect(amount(body.explanation)).toMatchObject({ raw: '120000.00' });
    // Raw values are the customer's figures (C7.3): support staff see scores, not amounts.
    const served = (await call('support.east', `/api/customers/${customerId}/score`)).json();
    expect(amount(served.explanation)).not.toHaveProperty('raw');
    expect(amount(served.explanation)).toMatchObject({ score: amount(body.explanation)?.score });
    expect(body.permissions).toEqual({ mayProposeOverride: true, mayAppeal: true });
    const audited = (await call('auditor', `/api/customers/${customerId}/score`)).json();
    expect(audited.permissions).toEqual({ mayProposeOverride: false, mayAppeal: false });
    expect((await call('kam.east.2', `/api/customers/${customerId}/score`)).statusCode).toBe(404);

    const early = await call('committee', `${runs}/${id}/finalisation`, {
      method: 'POST',
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'conflict.appeal_window_open' });
    expect(early.json().message).toContain('申诉期');
  });

  it('names a bad period in the request’s language', async () => {
    const bad = await call('committee', runs, {
      method: 'POST',
      payload: { periodLabel: '2025-Q7' },
      headers: { 'accept-language': 'en' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues).toEqual([
      expect.objectContaining({ field: 'periodLabel', code: 'validation.invalid' }),
    ]);
  });

  it('what-if runs for the committee and leaves no run behind (C2.5)', async () => {
    const before = (await call('committee', runs)).json().total as number;
    const whatIf = await call('committee', `/api/scoring/models/${modelId}/what-if`, {
      method: 'POST',
      payload: { periodLabel: lastYear, cell: { from: 'none', to: 'D' } },
    });
    expect(whatIf.statusCode).toBe(200);
    expect(whatIf.json().total).toBe(1);
    expect((await call('committee', runs)).json().total).toBe(before);
    const refused = await call('kam.east.1', `/api/scoring/models/${modelId}/what-if`, {
      method: 'POST',
      payload: {},
    });
    expect(refused.statusCode).toBe(403);
  });
});
