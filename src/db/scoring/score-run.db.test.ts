import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { isAppError } from '../../domain/app-error.ts';
import { DEFAULT_MODEL } from '../../domain/scoring/default-model.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedOrg } from '../../testing/seed-org.ts';
import { seedCustomer } from '../../testing/build-customer.ts';
import type { DbHandle } from '../db-types.ts';
import {
  customerRatings,
  customerScores,
  customers,
  payments,
  scoringModelVersions,
  scoringRuns,
  transactions,
} from '../schema/index.ts';
import { runScoring } from './run-scoring.ts';
import { readRunScores } from './score-rows.ts';

const NOW = new Date('2026-01-10T02:00:00Z');
const YEAR_2025 = { start: '2025-01-01', end: '2025-12-31' };
let handle: DbHandle;
let orgUnitId: number;
let versionId: number;

beforeAll(async () => {
  handle = await openTestDb();
  orgUnitId = (await seedOrg(handle)).east.id;
  const [v] = await handle.db
    .insert(scoringModelVersions)
    .values({ modelKey: 'seed-001', version: 1, definition: DEFAULT_MODEL, createdAt: NOW })
    .returning();
  versionId = v!.id;
});
afterAll(async () => {
  await handle.close();
});

/** Only `ids` are in the population from now on. */
async function populationOf(ids: number[]) {
  await handle.db.update(customers).set({ lifecycleStatus: 'terminated' });
  await handle.db
    .update(customers)
    .set({ lifecycleStatus: 'key_account' })
    .where(inArray(customers.id, ids));
}

async function newRun(label = '2025', start = '2025-01-01', end = '2025-12-31') {
  const [run] = await handle.db
    .insert(scoringRuns)
    .values({
      periodLabel: label,
      periodStart: start,
      periodEnd: end,
      modelVersionId: versionId,
      createdAt: NOW,
    })
    .returning();
  return run!.id;
}

const score = (runId: number) =>
  runScoring(handle.db, {
    runId,
    model: DEFAULT_MODEL,
    period: YEAR_2025,
    asOf: '2026-01-10',
    computedAt: NOW,
  });

/**
 * Everything at the top of the default model except four middling ratings (outlook,
 * new business, credit rating, financial status at 3: −5 −5 −2.5 −2.5) = 85.00, with a
 * profit margin of `profit` on 10,000.00 of purchases (3000.00 = 30 %, the cap).
 */
async function nearlyPerfect(profitEach: string): Promise<number> {
  const id = await seedCustomer(handle, { orgUnitId });
  const tx = (occurredOn: string, amount: string, profit: string | null) => ({
    customerId: id,
    occurredOn,
    amount,
    profit,
    product: '空调',
    createdAt: NOW,
  });
  await handle.db.insert(transactions).values([
    tx('2025-03-01', '5000.00', profitEach),
    tx('2025-06-01', '5000.00', profitEach),
    tx('2024-03-01', '5000.00', null), // prior year: +100 % growth
  ]);
  await handle.db.insert(payments).values({
    customerId: id,
    issuedOn: '2025-03-01',
    dueOn: '2025-04-01',
    amount: '10000.00',
    paidOn: '2025-03-30',
    paidAmount: '10000.00',
    createdAt: NOW,
    updatedAt: NOW,
  });
  const ratings: [string, number][] = [
    ['industry_outlook', 3],
    ['new_business_possibility', 3],
    ['credit_rating', 3],
    ['financial_status', 3],
    ['referral_willingness', 5],
    ['brand_recognition', 5],
  ];
  await handle.db.insert(customerRatings).values(
    ratings.map(([indicatorId, value]) => ({
      customerId: id,
      indicatorId,
      value,
      modelVersionId: versionId,
      ratedAt: NOW,
    })),
  );
  return id;
}

describe('scoring SQL on hand-checked examples (seed 001)', () => {
  it('85.00 is A and 84.99 is B', async () => {
    const low = await seedCustomer(handle, { orgUnitId });
    await handle.db
      .insert(transactions)
      .values({ customerId: low, occurredOn: '2025-05-05', amount: '10.00', createdAt: NOW });
    const atA = await nearlyPerfect('1500.00');
    const atB = await nearlyPerfect('1498.50'); // 29.97 % → 99.90 × 10 % = 9.99: one hundredth less

    await populationOf([low, atA]);
    const runA = await newRun();
    await score(runA);
    const [a] = await readRunScores(handle.db, runA, DEFAULT_MODEL, [atA]);
    expect(a).toMatchObject({ total: '85.00', tier: 'A' });
    expect(a!.indicators.map((l) => [l.indicatorId, l.raw, l.score, l.contribution])).toEqual([
      ['annual_purchase_amount', '10000.00', '100.00', '30.0000'],
      ['purchase_frequency', '2', '100.00', '10.0000'],
      ['profit_contribution_rate', '30.00', '100.00', '10.0000'],
      ['industry_outlook', '3', '50.00', '5.0000'],
      ['business_growth', '100.00', '100.00', '10.0000'],
      ['new_business_possibility', '3', '50.00', '5.0000'],
      ['credit_rating', '3', '50.00', '2.5000'],
      ['payment_record', '100.00', '100.00', '5.0000'],
      ['financial_status', '3', '50.00', '2.5000'],
      ['repeat_purchase_rate', '100.00', '100.00', '2.0000'],
      ['referral_willingness', '5', '100.00', '2.0000'],
      ['brand_recognition', '5', '100.00', '1.0000'],
    ]);

    await populationOf([low, atB]);
    const runB = await newRun();
    await score(runB);
    const [b] = await readRunScores(handle.db, runB, DEFAULT_MODEL, [atB]);
    expect(b).toMatchObject({ total: '84.99', tier: 'B' });
    expect(b!.indicators[2]).toMatchObject({
      raw: '29.97',
      score: '99.90',
      contribution: '9.9900',
    });
  });

  it('a customer without data gets the declared defaults, flagged', async () => {
    const id = await seedCustomer(handle, { orgUnitId });
    await populationOf([id]);
    const run = await newRun();
    await score(run);
    const [row] = await readRunScores(handle.db, run, DEFAULT_MODEL);
    // Alone, its 0.00 has no spread: percentile 100 (docs/scoring.md); no data elsewhere.
    expect(row!.indicators.filter((l) => l.defaulted).map((l) => l.indicatorId)).toEqual([
      'profit_contribution_rate',
      'industry_outlook',
      'business_growth',
      'new_business_possibility',
      'credit_rating',
      'payment_record',
      'financial_status',
      'repeat_purchase_rate',
      'referral_willingness',
      'brand_recognition',
    ]);
    expect(row).toMatchObject({ total: '62.75', tier: 'C' });
  });
});

describe('purchase frequency: distinct days with a purchase in the period', () => {
  it('counts the first and last day of a leap year, one day with several lines once, nothing outside', async () => {
    const id = await seedCustomer(handle, { orgUnitId });
    const line = (occurredOn: string) => ({
      customerId: id,
      occurredOn,
      amount: '100.00',
      product: '空调',
      createdAt: NOW,
    });
    await handle.db
      .insert(transactions)
      .values([
        line('2023-12-31'),
        line('2024-01-01'),
        line('2024-02-29'),
        line('2024-02-29'),
        line('2024-12-31'),
        line('2025-01-01'),
      ]);
    await populationOf([id]);
    const run = await newRun('2024', '2024-01-01', '2024-12-31');
    await runScoring(handle.db, {
      runId: run,
      model: DEFAULT_MODEL,
      period: { start: '2024-01-01', end: '2024-12-31' },
      asOf: '2025-01-10',
      computedAt: NOW,
    });
    const [row] = await readRunScores(handle.db, run, DEFAULT_MODEL, [id]);
    const frequency = row!.indicators.find((l) => l.indicatorId === 'purchase_frequency');
    expect(frequency!.raw).toBe('3');
    const amount = row!.indicators.find((l) => l.indicatorId === 'annual_purchase_amount');
    expect(amount!.raw).toBe('400.00');
  });
});

describe('recomputing a run', () => {
  it('writes only the rows that changed and removes customers that left the population', async () => {
    const [a, b, c] = [
      await seedCustomer(handle, { orgUnitId }),
      await seedCustomer(handle, { orgUnitId }),
      await seedCustomer(handle, { orgUnitId }),
    ];
    const order = (customerId: number, amount: string) => ({
      customerId,
      occurredOn: '2025-02-02',
      amount,
      createdAt: NOW,
    });
    await handle.db
      .insert(transactions)
      .values([order(a, '10.00'), order(b, '20.00'), order(c, '30.00')]);
    await populationOf([a, b, c]);
    const run = await newRun();
    expect(await score(run)).toEqual({ scored: 3, written: 3, removed: 0 });

    // b's late rating changes b only; c merged away leaves the run.
    await handle.db.insert(customerRatings).values({
      customerId: b,
      indicatorId: 'industry_outlook',
      value: 5,
      modelVersionId: versionId,
      ratedAt: NOW,
    });
    await handle.db.update(customers).set({ mergedIntoId: a }).where(eq(customers.id, c));
    const later = new Date(NOW.getTime() + 60_000);
    const counts = await runScoring(handle.db, {
      runId: run,
      model: DEFAULT_MODEL,
      period: YEAR_2025,
      asOf: '2026-01-10',
      computedAt: later,
    });
    // Without c, a and b change rank (a 0 → 0, b 50 → 100): b changes, a keeps 0.
    expect(counts).toEqual({ scored: 2, written: 1, removed: 1 });
    const rows = await readRunScores(handle.db, run, DEFAULT_MODEL);
    expect(rows.map((r) => r.customerId)).toEqual([a, b]);
    expect(rows[1]!.indicators.find((l) => l.indicatorId === 'industry_outlook')?.raw).toBe('5');
    // An unchanged row keeps its stamp: the upsert skipped it.
    const stamps = await handle.db
      .select({ customerId: customerScores.customerId, computedAt: customerScores.computedAt })
      .from(customerScores)
      .where(eq(customerScores.runId, run))
      .orderBy(customerScores.customerId);
    expect(stamps.map((r) => r.computedAt?.getTime())).toEqual([NOW.getTime(), later.getTime()]);
  });

  it('refuses a rating that is off the model scale, naming the customer', async () => {
    const id = await seedCustomer(handle, { orgUnitId });
    await handle.db.insert(customerRatings).values({
      customerId: id,
      indicatorId: 'financial_status',
      value: 9,
      modelVersionId: versionId,
      ratedAt: NOW,
    });
    await populationOf([id]);
    const run = await newRun();
    const error = await score(run).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('validation.scoring_rating_off_scale');
    expect(isAppError(error) && error.params).toEqual({
      indicator: 'financial_status',
      value: 9,
      customer: id,
    });
  });
});

describe('model versions in the database', () => {
  it('lets a draft change and refuses any change or deletion once adopted (trigger)', async () => {
    const [draft] = await handle.db
      .insert(scoringModelVersions)
      .values({ modelKey: 'trigger-test', version: 1, definition: DEFAULT_MODEL, createdAt: NOW })
      .returning();
    const id = draft!.id;
    const changed = { ...structuredClone(DEFAULT_MODEL), thresholds: { A: 90, B: 70, C: 55 } };
    await handle.db
      .update(scoringModelVersions)
      .set({ definition: changed })
      .where(eq(scoringModelVersions.id, id));
    await handle.db
      .update(scoringModelVersions)
      .set({ status: 'retired', adoptedAt: NOW })
      .where(eq(scoringModelVersions.id, id));
    const refused = (promise: Promise<unknown>) =>
      promise.then(
        () => 'accepted',
        (e: { cause?: { code?: string }; code?: string }) => (e.cause ?? e).code,
      );
    expect(
      await refused(
        handle.db
          .update(scoringModelVersions)
          .set({ definition: DEFAULT_MODEL })
          .where(eq(scoringModelVersions.id, id)),
      ),
    ).toBe('55000');
    expect(
      await refused(
        handle.db
          .update(scoringModelVersions)
          .set({ status: 'draft' })
          .where(eq(scoringModelVersions.id, id)),
      ),
    ).toBe('55000');
    expect(
      await refused(handle.db.delete(scoringModelVersions).where(eq(scoringModelVersions.id, id))),
    ).toBe('55000');
  });
});
