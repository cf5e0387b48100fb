import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDb } from '../testing/open-test-db.ts';
import { seedOrg } from '../testing/seed-org.ts';
import { seedCustomer } from '../testing/build-customer.ts';
import type { DbHandle } from './db-types.ts';
import { queryRows } from './query-rows.ts';

// Migration 0020: orders name an existing customer, checked per statement instead of by a
// foreign key, with the key's error code.
let handle: DbHandle;
let orgUnitId: number;
beforeAll(async () => {
  handle = await openTestDb();
  orgUnitId = (await seedOrg(handle)).east.id;
});
afterAll(async () => {
  await handle.close();
});

const MISSING = 9_999_999;

const insertOrders = (customerIds: number[]) =>
  handle.db.execute(sql`INSERT INTO transactions (customer_id, occurred_on, amount, created_at)
    SELECT id, date '2026-03-01', 100, now() FROM unnest(${`{${customerIds.join(',')}}`}::bigint[]) id`);

const countOrders = async () =>
  (await queryRows<{ n: number }>(handle.db, sql`SELECT count(*)::int AS n FROM transactions`))[0]
    ?.n;

const codeOf = (error: unknown) => {
  const e = error as { code?: string; cause?: { code?: string } };
  return (e.cause ?? e).code;
};

describe('orders name customers (per statement)', () => {
  it('refuses a statement whose orders name a missing customer, writing none of them', async () => {
    const id = await seedCustomer(handle, { orgUnitId });
    const before = await countOrders();
    const error = await insertOrders([id, MISSING, id]).catch((e: unknown) => e);
    expect(codeOf(error)).toBe('23503');
    expect(await countOrders()).toBe(before);
    await insertOrders([id, id]);
    expect(await countOrders()).toBe((before ?? 0) + 2);
  });

  it('refuses moving orders to a missing customer', async () => {
    const id = await seedCustomer(handle, { orgUnitId });
    await insertOrders([id]);
    const error = await handle.db
      .execute(sql`UPDATE transactions SET customer_id = ${MISSING} WHERE customer_id = ${id}`)
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe('23503');
    const [row] = await queryRows<{ n: number }>(
      handle.db,
      sql`SELECT count(*)::int AS n FROM transactions WHERE customer_id = ${id}`,
    );
    expect(row?.n).toBe(1);
  });

  it('refuses deleting a customer that has orders, and deletes one without', async () => {
    const withOrders = await seedCustomer(handle, { orgUnitId });
    const without = await seedCustomer(handle, { orgUnitId });
    await insertOrders([withOrders]);
    const error = await handle.db
      .execute(sql`DELETE FROM customers WHERE id IN (${withOrders}, ${without})`)
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe('23503');
    await handle.db.execute(sql`DELETE FROM customers WHERE id = ${without}`);
    const left = await queryRows<{ id: number }>(
      handle.db,
      sql`SELECT id FROM customers WHERE id IN (${withOrders}, ${without})`,
    );
    expect(left.map((r) => Number(r.id))).toEqual([withOrders]);
  });
});
