import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { isAppError, type AppError } from '../../domain/app-error.ts';
import { DEFAULT_MODEL } from '../../domain/scoring/default-model.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedOrg, type TestOrg } from '../../testing/seed-org.ts';
import { seedCustomer } from '../../testing/build-customer.ts';
import { fixedClock, testContext } from '../../testing/test-context.ts';
import type { DbHandle } from '../../db/db-types.ts';
import { readRunScores } from '../../db/scoring/score-rows.ts';
import { auditLog, customerRatings, scoringRuns, transactions } from '../../db/schema/index.ts';
import type { Actor } from '../context.ts';
import { adoptModelVersion } from './adopt-model-version.ts';
import { computeRun } from './compute-run.ts';
import { createModelVersion } from './create-model-version.ts';
import { createRun } from './create-run.ts';
import { listCustomerRatings } from './list-customer-ratings.ts';
import { rateCustomerIndicator } from './rate-customer-indicator.ts';

// 2026-01-10 10:00 in Beijing.
const clock = fixedClock(new Date('2026-01-10T02:00:00Z'));
let handle: DbHandle;
let org: TestOrg;
let customerId: number;
let versionId: number;

beforeAll(async () => {
  handle = await openTestDb();
  org = await seedOrg(handle);
  customerId = await seedCustomer(handle, {
    orgUnitId: org.east.id,
    team: [
      { userId: org.users.kamEast1.userId, teamRole: 'manager' },
      { userId: org.users.supportEast.userId, teamRole: 'support' },
    ],
  });
});
afterAll(async () => {
  await handle.close();
});

const as = (actor: Actor) => testContext(handle, actor, clock);
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (isAppError(e) ? e : Promise.reject(e)) as AppError,
  );
const rate = (actor: Actor, indicatorId: string, value: number, note?: string) =>
  rateCustomerIndicator(as(actor), { customerId, indicatorId, value, note });

describe('rating a customer (C2.2)', () => {
  it('needs an adopted model first', async () => {
    const error = await failure(rate(org.users.kamEast1, 'industry_outlook', 4));
    expect(error?.issues).toEqual([{ field: 'modelVersionId', code: 'validation.invalid' }]);
    const committee = as(org.users.committee);
    versionId = (await createModelVersion(committee, DEFAULT_MODEL)).id;
    await adoptModelVersion(committee, versionId);
  });

  it('is for the account manager, the region and the director; audited with history', async () => {
    const first = await rate(org.users.kamEast1, 'industry_outlook', 4, '  新基建带动需求 ');
    expect(first).toMatchObject({
      indicatorId: 'industry_outlook',
      value: 4,
      note: '新基建带动需求',
      modelVersionId: versionId,
    });
    const [audit] = await handle.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(audit).toMatchObject({
      action: 'scoring.rating.create',
      customerId,
      entityId: String(first.id),
    });
    await rate(org.users.rmEast, 'industry_outlook', 5);
    await rate(org.users.director, 'credit_rating', 3);
    const history = await handle.db
      .select()
      .from(customerRatings)
      .where(eq(customerRatings.customerId, customerId));
    expect(history.map((r) => [r.indicatorId, r.value])).toEqual([
      ['industry_outlook', 4],
      ['industry_outlook', 5],
      ['credit_rating', 3],
    ]);
  });

  it('refuses everyone else: out of scope is 404, in scope but not a rater is 403', async () => {
    const code = async (actor: Actor) => (await failure(rate(actor, 'industry_outlook', 2)))?.code;
    expect(await code(org.users.kamEast2)).toBe('not_found');
    expect(await code(org.users.rmNorth)).toBe('not_found');
    expect(await code(org.users.supportEast)).toBe('auth.forbidden');
    expect(await code(org.users.secEast)).toBe('auth.forbidden');
    expect(await code(org.users.committee)).toBe('auth.forbidden');
    expect(await code(org.users.auditor)).toBe('auth.forbidden');
  });

  it('checks the indicator and the value against the model', async () => {
    const issues = async (indicatorId: string, value: number) =>
      (await failure(rate(org.users.kamEast1, indicatorId, value)))?.issues;
    expect(await issues('industry_outlook', 6)).toEqual([
      { field: 'value', code: 'validation.enum' },
    ]);
    expect(await issues('annual_purchase_amount', 3)).toEqual([
      { field: 'indicatorId', code: 'validation.enum' },
    ]);
    expect(await issues('no_such_indicator', 3)).toEqual([
      { field: 'indicatorId', code: 'validation.enum' },
    ]);
  });

  it('lists the current ratings in scope, missing ones marked as defaulted', async () => {
    const view = await listCustomerRatings(as(org.users.supportEast), customerId);
    expect(view.mayRate).toBe(false);
    const line = (id: string) => view.lines.find((l) => l.indicatorId === id);
    expect(line('industry_outlook')).toMatchObject({
      value: 5,
      defaulted: false,
      ratedBy: 'rm.east',
      onScale: true,
    });
    expect(line('financial_status')).toMatchObject({ value: null, defaulted: true });
    expect(view.lines).toHaveLength(6);
    expect((await listCustomerRatings(as(org.users.kamEast1), customerId)).mayRate).toBe(true);
    expect((await failure(listCustomerRatings(as(org.users.kamNorth), customerId)))?.code).toBe(
      'not_found',
    );
  });
});

describe('evaluation runs (C2.3): create and compute', () => {
  it('only the committee creates a run, for a period that has begun', async () => {
    expect((await failure(createRun(as(org.users.director), { periodLabel: '2025' })))?.code).toBe(
      'auth.forbidden',
    );
    const issues = async (periodLabel: string, appealWindowDays?: number) =>
      (await failure(createRun(as(org.users.committee), { periodLabel, appealWindowDays })))
        ?.issues;
    expect(await issues('2025-Q5')).toEqual([{ field: 'periodLabel', code: 'validation.invalid' }]);
    expect(await issues('2026-Q2')).toEqual([
      { field: 'periodLabel', code: 'validation.future_date' },
    ]);
    expect(await issues('2025', 91)).toEqual([
      { field: 'appealWindowDays', code: 'validation.integer', params: { min: 0, max: 90 } },
    ]);
  });

  it('computes with the adopted model, may recompute until review, and is audited', async () => {
    await handle.db.insert(transactions).values({
      customerId,
      occurredOn: '2025-11-11',
      amount: '88000.00',
      profit: '8800.00',
      createdAt: clock.now(),
    });
    const committee = as(org.users.committee);
    const run = await createRun(committee, { periodLabel: '２０２５-q4' });
    expect(run).toMatchObject({
      periodLabel: '2025-Q4',
      periodStart: '2025-10-01',
      periodEnd: '2025-12-31',
      modelVersionId: versionId,
      state: 'draft',
      appealWindowDays: 7,
    });
    const computed = await computeRun(committee, run.id);
    expect(computed).toMatchObject({
      state: 'computed',
      computedAsOf: '2026-01-10',
      scoredCount: 1,
    });
    expect(computed.counts).toEqual({ scored: 1, written: 1, removed: 0 });
    const [row] = await readRunScores(handle.db, run.id, DEFAULT_MODEL, [customerId]);
    const outlook = row?.indicators.find((l) => l.indicatorId === 'industry_outlook');
    expect(outlook).toMatchObject({ raw: '5', score: '100.00' });
    const [audit] = await handle.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(audit).toMatchObject({ action: 'scoring.run.compute', entityId: String(run.id) });

    // A late rating, then recompute: only that row changes.
    await rate(org.users.kamEast1, 'financial_status', 5);
    const again = await computeRun(committee, run.id);
    expect(again.counts).toEqual({ scored: 1, written: 1, removed: 0 });
    expect((await computeRun(committee, run.id)).counts.written).toBe(0);

    expect((await failure(computeRun(as(org.users.kamEast1), run.id)))?.code).toBe(
      'auth.forbidden',
    );
    await handle.db
      .update(scoringRuns)
      .set({ state: 'under_review' })
      .where(eq(scoringRuns.id, run.id));
    const late = await failure(computeRun(committee, run.id));
    expect([late?.code, late?.field, late?.params.state]).toEqual([
      'conflict.run_state',
      'state',
      'under_review',
    ]);
    expect((await failure(computeRun(committee, 999_999)))?.code).toBe('not_found');
  });
});
