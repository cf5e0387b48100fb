import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedOrg, type TestOrg } from '../../testing/seed-org.ts';
import { seedCustomer } from '../../testing/build-customer.ts';
import { fixedClock, testContext } from '../../testing/test-context.ts';
import { isAppError } from '../../domain/app-error.ts';
import type { DbHandle } from '../../db/db-types.ts';
import { customerRecords, needs, transactions } from '../../db/schema/index.ts';
import { setGroupParent } from '../records/group/set-group-parent.ts';
import { getCustomer360 } from './get-customer-360.ts';

// 2026-06-30 16:00 in Beijing: "today" is 2026-06-30.
const clock = fixedClock(new Date('2026-06-30T08:00:00Z'));
let handle: DbHandle;
let org: TestOrg;

beforeAll(async () => {
  handle = await openTestDb();
  org = await seedOrg(handle);
});
afterAll(async () => {
  await handle.close();
});

const order = (customerId: number, occurredOn: string, amount: string) => ({
  customerId,
  occurredOn,
  amount,
  createdAt: new Date(),
});

describe('customer 360 purchase series (C1.10)', () => {
  it('gives 36 months ending this month and every year since the first order, zero-filled', async () => {
    const id = await seedCustomer(handle, { orgUnitId: org.east.id });
    await handle.db.insert(transactions).values([
      order(id, '2021-03-01', '999.00'), // before the 36 months; only in the yearly series
      order(id, '2023-07-01', '10.10'), // the first month of the window
      order(id, '2025-02-14', '0.10'),
      order(id, '2025-02-28', '0.20'),
      order(id, '2026-06-30', '1234567890123.45'),
    ]);
    const view = await getCustomer360(testContext(handle, org.users.director, clock), id);
    // The director reads confidential figures (C7.3): the series is there.
    const { monthly, yearly } = view.purchaseSeries!;
    expect(monthly).toHaveLength(36);
    expect(monthly[0]).toEqual({ month: '2023-07', amount: '10.10', orders: 1 });
    expect(monthly.find((m) => m.month === '2025-02')).toEqual({
      month: '2025-02',
      amount: '0.30',
      orders: 2,
    });
    expect(monthly[35]).toEqual({ month: '2026-06', amount: '1234567890123.45', orders: 1 });
    expect(monthly.filter((m) => m.orders === 0)).toHaveLength(33);
    expect(yearly.map((y) => [y.year, y.amount])).toEqual([
      [2021, '999.00'],
      [2022, '0.00'],
      [2023, '10.10'],
      [2024, '0.00'],
      [2025, '0.30'],
      [2026, '1234567890123.45'],
    ]);
    expect(view.purchases).toMatchObject({ lifetime: '1234567891132.85', orders12Months: 1 });
  });

  it('has empty series and zero counts for a customer without records', async () => {
    const id = await seedCustomer(handle, { orgUnitId: org.east.id });
    const view = await getCustomer360(testContext(handle, org.users.director, clock), id);
    expect(view.purchaseSeries?.yearly).toEqual([]);
    expect(view.purchaseSeries?.monthly.every((m) => m.amount === '0.00')).toBe(true);
    expect(view.counts).toEqual({
      transactions: 0,
      payments: 0,
      needs: 0,
      openNeeds: 0,
      projects: 0,
      timeline: 0,
      openComplaints: 0,
    });
    expect(view.credit).toBeNull();
    expect(view.group).toEqual({
      parent: null,
      parentHidden: false,
      subsidiaries: [],
      rollup: null,
    });
  });

  it('counts open needs and complaints still being handled', async () => {
    const id = await seedCustomer(handle, { orgUnitId: org.east.id });
    const now = new Date();
    const stamps = { createdAt: now, updatedAt: now };
    await handle.db.insert(needs).values([
      { customerId: id, kind: 'product', title: '冷水机组', ...stamps },
      { customerId: id, kind: 'service', title: '4 小时响应', status: 'met', ...stamps },
    ]);
    await handle.db.insert(customerRecords).values([
      { customerId: id, kind: 'complaint', occurredAt: now, title: '噪音', handlingStatus: 'in_progress', ...stamps }, // prettier-ignore
      { customerId: id, kind: 'complaint', occurredAt: now, title: '漏水', handlingStatus: 'closed', ...stamps }, // prettier-ignore
      { customerId: id, kind: 'visit', occurredAt: now, title: '月度拜访', ...stamps },
    ]);
    const view = await getCustomer360(testContext(handle, org.users.director, clock), id);
    expect(view.counts).toMatchObject({ needs: 2, openNeeds: 1, timeline: 3, openComplaints: 1 });
  });
});

describe('group links (C1.13)', () => {
  it('two concurrent links that would make a loop together: one of them is refused', async () => {
    const a = await seedCustomer(handle, { orgUnitId: org.east.id });
    const b = await seedCustomer(handle, { orgUnitId: org.east.id });
    const ctx = testContext(handle, org.users.director, clock);
    const results = await Promise.allSettled([
      setGroupParent(ctx, a, 1, { parentCustomerId: b }),
      setGroupParent(ctx, b, 1, { parentCustomerId: a }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected');
    expect(isAppError(refused?.reason) && refused.reason.code).toBe('conflict.group_cycle');
  });

  it('refuses a loop through several levels, also through customers the actor cannot read', async () => {
    const top = await seedCustomer(handle, { orgUnitId: org.north.id });
    const middle = await seedCustomer(handle, { orgUnitId: org.north.id });
    const bottom = await seedCustomer(handle, {
      orgUnitId: org.east.id,
      team: [{ userId: org.users.kamEast1.userId, teamRole: 'manager' }],
    });
    const director = testContext(handle, org.users.director, clock);
    await setGroupParent(director, middle, 1, { parentCustomerId: top });
    await setGroupParent(director, bottom, 1, { parentCustomerId: middle });
    await expect(setGroupParent(director, top, 1, { parentCustomerId: bottom })).rejects.toThrow(
      'conflict.group_cycle',
    );
  });
});
