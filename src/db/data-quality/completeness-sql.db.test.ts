import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedOrg, type TestOrg } from '../../testing/seed-org.ts';
import { uniqueCreditCode } from '../../testing/build-customer.ts';
import { completenessOf } from '../../domain/completeness.ts';
import type { DbHandle } from '../db-types.ts';
import { customers } from '../schema/index.ts';
import { recomputeAllCompleteness } from './completeness-sql.ts';

let handle: DbHandle;
let org: TestOrg;
beforeAll(async () => {
  handle = await openTestDb();
  org = await seedOrg(handle);
});
afterAll(async () => {
  await handle.close();
});

const now = new Date('2026-01-01T00:00:00Z');
// One value per optional column, typed as the column wants; '' and '  ' test blank handling.
const FILLED = {
  shortName: '恒达',
  externalCreditRating: 'AA',
  shareholderStructure: '民营控股',
  city: '苏州市',
  address: '苏州工业园区星湖街 328 号',
  postcode: '215000',
  phone: '0512-62345678',
  email: 'info@example.com',
  website: 'https://example.com',
  scale: 'large',
  employees: 0,
  revenueBand: '1b_10b',
  annualRevenue: '120000000.00',
  assets: '50000000.00',
  mainProducts: '数控机床',
  strategy: '国际化',
  bottlenecks: '人才',
  reputationNotes: '良好',
  sourceChannel: 'referral',
  kaClass: 'industry',
  relationshipLevel: 'partner',
  relationshipStage: 'stable',
  needsSegment: '设备更新',
  valueSegment: '高价值',
} as const;
type Optional = keyof typeof FILLED;
const OPTIONAL = Object.keys(FILLED) as Optional[];
const TEXT_FIELDS = OPTIONAL.filter((f) => typeof FILLED[f] === 'string' && !['scale', 'revenueBand', 'sourceChannel', 'kaClass', 'relationshipLevel', 'relationshipStage', 'annualRevenue', 'assets'].includes(f)); // prettier-ignore

describe('completeness in SQL equals completenessOf', () => {
  it('on generated files, recomputed set-wise in small batches', async () => {
    const rows = fc.sample(
      fc.record({
        filled: fc.subarray(OPTIONAL),
        blank: fc.subarray(TEXT_FIELDS),
        lifecycleStatus: fc.constantFrom('prospect', 'nominated', 'key_account', 'churned'),
        kaLevel: fc.constantFrom('none', 'branch', 'company'),
      }),
      { numRuns: 80, seed: 42 },
    );
    for (const [i, row] of rows.entries()) {
      const values: Record<string, unknown> = {};
      for (const field of row.filled) values[field] = FILLED[field];
      for (const field of row.blank)
        if (!row.filled.includes(field)) values[field] = i % 2 ? '' : '  ';
      await handle.db.insert(customers).values({
        ...values,
        name: `完整度测试${i}`,
        creditCode: uniqueCreditCode(),
        nature: 'private',
        industry: 'C',
        province: '江苏省',
        orgUnitId: org.east.id,
        lifecycleStatus: row.lifecycleStatus,
        kaLevel: row.kaLevel,
        completeness: 0,
        createdAt: now,
        updatedAt: now,
      } as typeof customers.$inferInsert);
    }
    const changed = await recomputeAllCompleteness(handle.db, { batch: 7 });
    const stored = await handle.db.select().from(customers);
    expect(stored).toHaveLength(rows.length);
    for (const row of stored) expect(row.completeness, row.name).toBe(completenessOf(row).score);
    expect(changed).toBe(stored.filter((row) => row.completeness !== 0).length);
    // A second run finds nothing to change and leaves version and updated_at alone.
    expect(await recomputeAllCompleteness(handle.db, { batch: 7 })).toBe(0);
    const [first] = await handle.db.select().from(customers).where(eq(customers.id, stored[0]!.id));
    expect(first!.version).toBe(1);
    expect(first!.updatedAt.toISOString()).toBe(now.toISOString());
  });
});
