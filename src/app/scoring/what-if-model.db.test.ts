import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { isAppError, type AppError } from '../../domain/app-error.ts';
import { DEFAULT_MODEL } from '../../domain/scoring/default-model.ts';
import type { ScoringModel } from '../../domain/scoring/model-types.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedOrg, type TestOrg } from '../../testing/seed-org.ts';
import { seedCustomer } from '../../testing/build-customer.ts';
import { fixedClock, testContext } from '../../testing/test-context.ts';
import type { DbHandle } from '../../db/db-types.ts';
import { customers, transactions } from '../../db/schema/index.ts';
import type { Actor } from '../context.ts';
import { createModelVersion } from './create-model-version.ts';
import { whatIfModel } from './what-if-model.ts';

const clock = fixedClock(new Date('2026-03-10T02:00:00Z'));
let handle: DbHandle;
let org: TestOrg;
const ids: number[] = [];

beforeAll(async () => {
  handle = await openTestDb();
  org = await seedOrg(handle);
  // Five customers, all tier C today, buying 0 … 4 million in 2025.
  for (let i = 0; i < 5; i += 1) {
    const id = await seedCustomer(handle, {
      orgUnitId: i < 4 ? org.east.id : org.north.id,
      tier: 'C',
    });
    ids.push(id);
    if (i > 0) {
      await handle.db.insert(transactions).values({
        customerId: id,
        occurredOn: '2025-05-05',
        amount: `${i}000000.00`,
        profit: `${i}00000.00`,
        createdAt: clock.now(),
      });
    }
  }
});
afterAll(async () => {
  await handle.close();
});

const as = (actor: Actor) => testContext(handle, actor, clock);
const count = async (table: string) =>
  Number(
    (
      (await handle.db.execute(sql.raw(`SELECT count(*) AS n FROM ${table}`))) as unknown as {
        rows: { n: unknown }[];
      }
    ).rows[0]?.n,
  );

describe('what-if (C2.5)', () => {
  it('applies a draft to current data and shows the migration matrix, leaving no run', async () => {
    // A draft that puts amount first: weight 100 on the amount's percentile, so ranks 0…100.
    const draft: ScoringModel = {
      ...DEFAULT_MODEL,
      dimensions: [
        {
          ...DEFAULT_MODEL.dimensions[0]!,
          indicators: [{ ...DEFAULT_MODEL.dimensions[0]!.indicators[0]!, weight: 100 }],
        },
      ],
    };
    const version = await createModelVersion(as(org.users.committee), draft);
    const result = await whatIfModel(as(org.users.committee), version.id, {
      periodLabel: '2025',
      cell: { from: 'C', to: 'A' },
    });
    // Percent ranks 0, 25, 50, 75, 100 → D, D, D, B (75 ≥ 70), A.
    expect(result.counts.C).toMatchObject({ A: 1, B: 1, C: 0, D: 3 });
    expect([result.total, result.up, result.down, result.unchanged]).toEqual([5, 2, 3, 0]);
    expect(result.cellCustomers.map((c) => c.customerId)).toEqual([ids[4]]);
    expect(await count('scoring_runs')).toBe(0);
    expect(await count('customer_scores')).toBe(0);
    const [row] = await handle.db.select().from(customers).where(eq(customers.id, ids[4]!));
    expect(row?.tier).toBe('C');

    // A regional manager of East is not allowed; the director sees only — but all of — scope.
    const refused = await whatIfModel(as(org.users.rmEast), version.id, {}).catch((e: unknown) =>
      isAppError(e) ? e : null,
    );
    expect((refused as AppError | null)?.code).toBe('auth.forbidden');
    const director = await whatIfModel(as(org.users.director), version.id, { periodLabel: '2025' });
    expect(director.total).toBe(5);
  });

  it('names a bad period', async () => {
    const error = await whatIfModel(as(org.users.committee), 1, { periodLabel: '2025-Q5' }).catch(
      (e: unknown) => e as AppError,
    );
    expect((error as AppError).issues).toEqual([
      { field: 'periodLabel', code: 'validation.invalid' },
    ]);
  });
});
