import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { isAppError, type AppError } from '../../domain/app-error.ts';
import { DEFAULT_MODEL } from '../../domain/scoring/default-model.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedOrg, type TestOrg } from '../../testing/seed-org.ts';
import { seedCustomer } from '../../testing/build-customer.ts';
import { fixedClock, testContext } from '../../testing/test-context.ts';
import type { DbHandle } from '../../db/db-types.ts';
import {
  auditLog,
  customers,
  tierAppeals,
  tierHistory,
  tierOverrides,
  transactions,
} from '../../db/schema/index.ts';
import type { Actor } from '../context.ts';
import { adoptModelVersion } from './adopt-model-version.ts';
import { computeRun } from './compute-run.ts';
import { createModelVersion } from './create-model-version.ts';
import { createRun } from './create-run.ts';
import { finaliseRun } from './finalise-run.ts';
import { getCustomerScore } from './get-customer-score.ts';
import { getRunReview } from './get-run-review.ts';
import { listRunScores } from './list-run-scores.ts';
import { listRuns } from './list-runs.ts';
import { publishRun } from './publish-run.ts';
import { startReview } from './start-review.ts';

const DAY = 24 * 60 * 60 * 1000;
const clock = fixedClock(new Date('2026-01-10T02:00:00Z'));
let handle: DbHandle;
let org: TestOrg;
let big: number; // East, KA manager kamEast1: buys a lot → high score
let small: number; // East, no purchases
let north: number; // North: out of kamEast1's scope

beforeAll(async () => {
  handle = await openTestDb();
  org = await seedOrg(handle);
  const team = [{ userId: org.users.kamEast1.userId, teamRole: 'manager' as const }];
  big = await seedCustomer(handle, { orgUnitId: org.east.id, team });
  small = await seedCustomer(handle, { orgUnitId: org.east.id, team });
  north = await seedCustomer(handle, { orgUnitId: org.north.id });
  for (const [customerId, amount] of [
    [big, '900000.00'],
    [north, '50000.00'],
  ] as const) {
    await handle.db.insert(transactions).values({
      customerId,
      occurredOn: '2025-06-01',
      amount,
      profit: '90000.00',
      createdAt: clock.now(),
    });
  }
  const committee = as(org.users.committee);
  const version = await createModelVersion(committee, DEFAULT_MODEL);
  await adoptModelVersion(committee, version.id);
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
const tierOf = async (id: number) =>
  (await handle.db.select().from(customers).where(eq(customers.id, id)))[0];

describe('an evaluation run from draft to final (C2.3)', () => {
  let runId: number;

  it('moves computed → under review → 公示 with the appeal window; only the committee', async () => {
    const committee = as(org.users.committee);
    runId = (await createRun(committee, { periodLabel: '2025', appealWindowDays: 3 })).id;
    expect((await failure(startReview(committee, runId)))?.code).toBe('conflict.run_state');
    await computeRun(committee, runId);
    for (const actor of [org.users.kamEast1, org.users.auditor, org.users.director]) {
      expect((await failure(startReview(as(actor), runId)))?.code).toBe('auth.forbidden');
    }
    expect((await failure(startReview(committee, runId, 1)))?.code).toBe('conflict.stale_version');
    const review = await startReview(committee, runId);
    expect(review.state).toBe('under_review');
    // Frozen: no recomputation under review.
    expect((await failure(computeRun(committee, runId)))?.code).toBe('conflict.run_state');
    const published = await publishRun(committee, runId, review.version);
    expect(published.state).toBe('appeal_window');
    expect(published.appealClosesAt).toBe(new Date(clock.now().getTime() + 3 * DAY).toISOString());
    const [audit] = await handle.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(audit).toMatchObject({ action: 'scoring.run.publish', entityId: String(runId) });
  });

  it('is hidden from employees until published, then shown within their scope', async () => {
    const committee = as(org.users.committee);
    const hidden = (await createRun(committee, { periodLabel: '2025-Q4' })).id;
    await computeRun(committee, hidden);
    const kam = as(org.users.kamEast1);
    const ids = (await listRuns(kam, {})).items.map((run) => run.id);
    expect(ids).toContain(runId);
    expect(ids).not.toContain(hidden);
    expect((await failure(getRunReview(kam, hidden)))?.code).toBe('not_found');
    expect((await listRuns(as(org.users.auditor), {})).items.map((r) => r.id)).toContain(hidden);

    const review = await getRunReview(kam, runId);
    expect(review.tiers.reduce((n, t) => n + t.count, 0)).toBe(2); // big and small, not north
    expect((await getRunReview(committee, runId)).tiers.reduce((n, t) => n + t.count, 0)).toBe(3);
    expect(review.movement.every((cell) => cell.from === null)).toBe(true);
    const scores = await listRunScores(kam, runId, { change: 'new' });
    expect(scores.items.map((item) => item.customerId).sort()).toEqual([big, small].sort());
    expect(scores.items[0]?.customerId).toBe(big); // highest total first
  });

  it('does not become final while the window is open or a case is open', async () => {
    const committee = as(org.users.committee);
    const open = await failure(finaliseRun(committee, runId));
    expect(open?.code).toBe('conflict.appeal_window_open');
    expect((await tierOf(big))?.tier).toBeNull(); // only final runs change the tier
    clock.advance(3 * DAY);
    const [appeal] = await handle.db
      .insert(tierAppeals)
      .values({ customerId: small, runId, reason: '新签年度框架协议', filedAt: clock.now() })
      .returning();
    const busy = await failure(finaliseRun(committee, runId));
    expect([busy?.code, busy?.params]).toEqual([
      'conflict.open_cases',
      { overrides: 0, appeals: 1 },
    ]);
    await handle.db
      .update(tierAppeals)
      .set({ state: 'decided', outcome: 'changed', decidedTier: 'B', decidedAt: clock.now() })
      .where(eq(tierAppeals.id, appeal!.id));
    // An approved override on `north` decides it, and is marked as such.
    const [override] = await handle.db
      .insert(tierOverrides)
      .values({
        customerId: north,
        runId,
        tier: 'A',
        reason: '战略合作伙伴',
        state: 'approved',
        proposedAt: clock.now(),
        decidedAt: clock.now(),
      })
      .returning();

    const final = await finaliseRun(committee, runId);
    expect(final.state).toBe('final');
    expect(final.counts).toEqual({ final: 3, changed: 3, decided: 2 });
    const history = await handle.db.select().from(tierHistory).where(eq(tierHistory.runId, runId));
    const byCustomer = new Map(history.map((row) => [row.customerId, row]));
    expect(byCustomer.get(small)).toMatchObject({
      tier: 'B',
      source: 'appeal',
      appealId: appeal!.id,
    });
    expect(byCustomer.get(north)).toMatchObject({
      tier: 'A',
      source: 'override',
      overrideId: override!.id,
    });
    expect(byCustomer.get(big)?.source).toBe('run');
    expect(await tierOf(small)).toMatchObject({ tier: 'B', tierSource: 'appeal' });
    expect(await tierOf(north)).toMatchObject({ tier: 'A', tierSource: 'override' });
    expect((await tierOf(big))?.tier).toBe(byCustomer.get(big)?.computedTier);
    expect((await failure(finaliseRun(committee, runId)))?.code).toBe('conflict.run_state');
  });

  it('explains a customer score against the previous final run (C2.4)', async () => {
    const committee = as(org.users.committee);
    const next = (await createRun(committee, { periodLabel: '2026-01', appealWindowDays: 0 })).id;
    await computeRun(committee, next);
    await startReview(committee, next);
    expect((await publishRun(committee, next)).state).toBe('published');
    const kam = as(org.users.kamEast1);
    const score = await getCustomerScore(kam, big);
    expect(score.runs.map((run) => run.runId)).toEqual([next, runId]);
    expect(score.explanation).toMatchObject({ runId: next, previousRunId: runId });
    const amount = score.explanation?.indicators.find(
      (l) => l.indicatorId === 'annual_purchase_amount',
    );
    expect(amount).toMatchObject({ raw: '0.00', weight: 30 });
    const before = score.runs[1];
    expect(score.explanation?.diff?.totalDelta).toBe(
      (Number(score.explanation?.total) - Number(before?.total)).toFixed(2),
    );
    const older = await getCustomerScore(kam, big, runId);
    expect(older.explanation).toMatchObject({ runId, previousRunId: null, diff: null });
    expect((await failure(getCustomerScore(kam, north)))?.code).toBe('not_found');
    // The new run's movers compare with the final run.
    const movers = await listRunScores(committee, next, {});
    expect(movers.previousRunId).toBe(runId);
    const bigNow = movers.items.find((item) => item.customerId === big);
    expect(bigNow?.previousTier).toBe(before?.effectiveTier);
    expect((await listRunScores(committee, next, { change: 'new' })).total).toBe(0);
    const finalNow = await finaliseRun(committee, next);
    expect(finalNow.state).toBe('final');
  });
});
