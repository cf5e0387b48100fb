import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedOrg, type TestOrg } from '../../testing/seed-org.ts';
import { buildCustomer, seedCustomer } from '../../testing/build-customer.ts';
import { fixedClock, testContext } from '../../testing/test-context.ts';
import type { DbHandle } from '../../db/db-types.ts';
import { auditLog, customers } from '../../db/schema/index.ts';
import { completenessOf } from '../../domain/completeness.ts';
import type { Actor } from '../context.ts';
import { createCustomer } from '../customers/create-customer.ts';
import { updateCustomer } from '../customers/update-customer.ts';
import { listCustomers, type ListCustomersInput } from '../customers/list-customers.ts';
import { markCustomerReviewed } from './mark-reviewed.ts';
import { getCustomerDataQuality } from './get-data-quality.ts';
import { listSegmentValues } from './list-segment-values.ts';

let handle: DbHandle;
let org: TestOrg;
beforeAll(async () => {
  handle = await openTestDb();
  org = await seedOrg(handle);
});
afterAll(async () => {
  await handle.close();
});

// 00:10 on 1 April in Beijing, still 31 March in UTC: already Q2 for the review rule.
const clock = fixedClock(new Date('2026-03-31T16:10:00Z'));
const as = (actor: Actor) => testContext(handle, actor, clock);

describe('completeness is kept on every write', () => {
  it('on create and on update, equal to completenessOf the stored row', async () => {
    const created = await createCustomer(
      as(org.users.rmEast),
      buildCustomer({
        orgUnitId: org.east.id,
        phone: '0512-62345678',
        address: '苏州市星湖街 328 号',
      }),
    );
    const [row] = await handle.db.select().from(customers).where(eq(customers.id, created.id));
    expect(created.completeness).toBe(completenessOf(row!).score);
    expect(created.completeness).toBeGreaterThan(0);
    const updated = await updateCustomer(as(org.users.rmEast), created.id, created.version, {
      lifecycleStatus: 'key_account',
      relationshipLevel: 'vendor',
      phone: null,
    });
    const [after] = await handle.db.select().from(customers).where(eq(customers.id, created.id));
    expect(updated.completeness).toBe(completenessOf(after!).score);
    expect(completenessOf(after!).missing).toContain('kaClass'); // asked of key accounts only
    expect(completenessOf(after!).missing).toContain('phone');
  });
});

describe('已复核 (quarterly review)', () => {
  it('marks the file reviewed with If-Match, audited', async () => {
    const id = await seedCustomer(handle, {
      orgUnitId: org.east.id,
      team: [{ userId: org.users.kamEast1.userId, teamRole: 'manager' }],
    });
    const before = await getCustomerDataQuality(as(org.users.kamEast1), id);
    expect(before).toMatchObject({ reviewedThisQuarter: false, lastReviewedAt: null });
    expect(before.quarter).toEqual({ year: 2026, quarter: 2, start: '2026-03-31T16:00:00.000Z' });
    await expect(markCustomerReviewed(as(org.users.kamEast1), id, undefined)).rejects.toMatchObject(
      {
        code: 'conflict.version_required',
      },
    );
    await expect(markCustomerReviewed(as(org.users.kamEast1), id, 7)).rejects.toMatchObject({
      code: 'conflict.stale_version',
    });
    const reviewed = await markCustomerReviewed(as(org.users.kamEast1), id, 1);
    expect(reviewed).toMatchObject({ version: 2, lastReviewedAt: clock.now().toISOString() });
    expect(await getCustomerDataQuality(as(org.users.kamEast1), id)).toMatchObject({
      reviewedThisQuarter: true,
      permissions: { review: true, merge: false },
    });
    const [audit] = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.customerId, id), eq(auditLog.action, 'customer.review')));
    expect(audit).toMatchObject({
      before: { lastReviewedAt: null },
      after: { lastReviewedAt: clock.now().toISOString() },
    });
  });

  it('needs write scope: support and the auditor may not, another team cannot see it', async () => {
    const id = await seedCustomer(handle, {
      orgUnitId: org.east.id,
      team: [
        { userId: org.users.kamEast1.userId, teamRole: 'manager' },
        { userId: org.users.supportEast.userId, teamRole: 'support' },
      ],
    });
    for (const [actor, code] of [
      [org.users.supportEast, 'auth.forbidden'],
      [org.users.auditor, 'auth.forbidden'],
      [org.users.kamEast2, 'not_found'],
      [org.users.rmNorth, 'not_found'],
    ] as const) {
      await expect(markCustomerReviewed(as(actor), id, 1)).rejects.toMatchObject({ code });
    }
  });

  it('the list flags and filters files not reviewed this quarter (Beijing quarter edges)', async () => {
    const unit = await seedCustomer(handle, { orgUnitId: org.north.id, name: '边界测试一' });
    const lastSecondQ1 = await seedCustomer(handle, {
      orgUnitId: org.north.id,
      name: '边界测试二',
    });
    const firstSecondQ2 = await seedCustomer(handle, {
      orgUnitId: org.north.id,
      name: '边界测试三',
    });
    const set = (id: number, at: string) =>
      handle.db
        .update(customers)
        .set({ lastReviewedAt: new Date(at) })
        .where(eq(customers.id, id));
    await set(lastSecondQ1, '2026-03-31T23:59:59+08:00');
    await set(firstSecondQ2, '2026-04-01T00:00:00+08:00');
    const list = (extra: Partial<ListCustomersInput>) =>
      listCustomers(as(org.users.rmNorth), { page: 1, pageSize: 50, sort: 'name', ...extra });
    const notReviewed = await list({ notReviewedThisQuarter: true });
    expect(notReviewed.items.map((c) => c.id).sort()).toEqual([unit, lastSecondQ1].sort());
    const all = await list({});
    const flags = Object.fromEntries(all.items.map((c) => [c.id, c.reviewedThisQuarter]));
    expect(flags).toEqual({ [unit]: false, [lastSecondQ1]: false, [firstSecondQ2]: true });
  });
});

describe('C1.2 classification filters', () => {
  it('filter by KA class, relationship level and stage, segments and completeness', async () => {
    const ctx = as(org.users.director);
    const make = (values: Record<string, unknown>) =>
      createCustomer(ctx, buildCustomer({ orgUnitId: org.hq.id, ...values }));
    const a = await make({
      kaClass: 'industry',
      relationshipLevel: 'partner',
      needsSegment: '设备更新',
    });
    const b = await make({
      kaClass: 'regional',
      relationshipStage: 'stable',
      valueSegment: '高价值',
    });
    const c = await make({
      relationshipStage: 'contact',
      needsSegment: '设备更新',
      phone: '021-62345678',
    });
    // Only these three count: other tests of this file leave customers behind.
    const mine = new Set([a.id, b.id, c.id]);
    const list = async (extra: Partial<ListCustomersInput>) =>
      (await listCustomers(ctx, { page: 1, pageSize: 200, sort: 'name', ...extra })).items
        .map((item) => item.id)
        .filter((id) => mine.has(id));
    expect(await list({ kaClass: 'industry' })).toEqual([a.id]);
    expect(await list({ relationshipLevel: 'partner' })).toEqual([a.id]);
    expect(await list({ relationshipStage: 'stable' })).toEqual([b.id]);
    expect((await list({ needsSegment: '设备更新' })).sort()).toEqual([a.id, c.id].sort());
    expect(await list({ valueSegment: '高价值' })).toEqual([b.id]);
    const lowest = Math.min(a.completeness, b.completeness, c.completeness);
    expect(await list({ completenessBelow: lowest })).toEqual([]);
    const below = await list({ completenessBelow: c.completeness });
    expect(below.every((id) => id !== c.id)).toBe(true);
    expect((await list({ completenessBelow: 100 })).sort()).toEqual([a.id, b.id, c.id].sort());
    const row = (await listCustomers(ctx, { page: 1, pageSize: 5, sort: 'name', kaClass: 'industry' })).items[0]; // prettier-ignore
    expect(row).toMatchObject({ kaClass: 'industry', relationshipLevel: 'partner', needsSegment: '设备更新', completeness: a.completeness }); // prettier-ignore
    const segments = await listSegmentValues(ctx);
    expect(segments.needsSegments[0]).toBe('设备更新');
    expect(segments.valueSegments).toEqual(['高价值']);
    const kamSegments = await listSegmentValues(as(org.users.kamEast2));
    expect(kamSegments.needsSegments).toEqual([]);
  });
});
