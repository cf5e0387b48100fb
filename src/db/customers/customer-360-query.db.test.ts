import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedCustomer } from '../../testing/build-customer.ts';
import { seedCustomerFile } from '../../testing/seed-customer-file.ts';
import { seedOrg, type TestOrg } from '../../testing/seed-org.ts';
import { listContactRows } from '../contacts/contact-repository.ts';
import type { DbHandle } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';
import { findCreditProfileRow } from '../records/credit-profile-repository.ts';
import { paymentStats } from '../records/payment-stats.ts';
import { creditProfiles, customers, personalDataErasures } from '../schema/index.ts';
import { findCustomer360, type Customer360Query } from './customer-360-query.ts';
import { findCustomer } from './customer-repository.ts';

/**
 * The 360 reads its parts as JSON values in one statement (customer-360-query.ts, row-json.ts);
 * each part must equal what the part's own read gives, type for type (Dates, numbers, decimal
 * strings), on both engines.
 */
let handle: DbHandle;
let org: TestOrg;
let groupId: number;
let subsidiaryId: number;
const TODAY = '2026-06-30';
const query: Customer360Query = {
  readScope: sql`customers.merged_into_id IS NULL`,
  writable: sql`TRUE`,
  today: TODAY,
  since: '2025-06-30',
  subsidiaryLimit: 10,
};

beforeAll(async () => {
  handle = await openTestDb();
  org = await seedOrg(handle);
  groupId = await seedCustomer(handle, { orgUnitId: org.east.id });
  await seedCustomerFile(handle, groupId, { n: 3 });
  // A credit limit with cents, and an erased contact: the values JSON could alter.
  await handle.db
    .update(creditProfiles)
    .set({ creditLimit: '1234567.50' })
    .where(eq(creditProfiles.customerId, groupId));
  const [first] = await listContactRows(handle.db, groupId);
  await handle.db.insert(personalDataErasures).values({
    customerId: groupId,
    contactId: first!.id,
    kind: 'request',
    erasedAt: new Date('2026-03-04T05:06:07.089Z'),
    auditId: 1,
  });
  subsidiaryId = await seedCustomer(handle, { orgUnitId: org.north.id });
  await handle.db
    .update(customers)
    .set({ parentCustomerId: groupId })
    .where(eq(customers.id, subsidiaryId));
});
afterAll(async () => {
  await handle.close();
});

describe('findCustomer360: every part in one statement', () => {
  it('gives each part as its own read does', async () => {
    const parts = await findCustomer360(handle.db, groupId, query);
    expect(parts?.customer).toEqual(await findCustomer(handle.db, groupId, sql`TRUE`));
    expect(parts?.contacts).toEqual(await listContactRows(handle.db, groupId));
    expect(parts?.contacts.map((c) => c.erasedAt)).toContainEqual(
      new Date('2026-03-04T05:06:07.089Z'),
    );
    expect(parts?.contacts[0]?.createdAt).toBeInstanceOf(Date);
    expect(parts?.credit).toEqual(await findCreditProfileRow(handle.db, groupId));
    expect(parts?.credit?.creditLimit).toBe('1234567.50');
    expect(parts?.payments).toEqual(await paymentStats(handle.db, groupId, TODAY));
    expect(parts?.orgUnit).toEqual(
      (
        await queryRows(handle.db, sql`SELECT code, name FROM org_units WHERE id = ${org.east.id}`)
      )[0],
    );
    expect(parts?.counts).toMatchObject({ transactions: 3, payments: 3, needs: 3, projects: 3 });
    expect(parts?.purchases.totals.orders12Months).toBe(0);
    expect(parts?.purchases.yearly.map((y) => y.orders)).toEqual([3, 0]);
    expect(parts?.mayWrite).toBe(true);
  });

  it('lists the readable subsidiaries and rolls the group up', async () => {
    const parts = await findCustomer360(handle.db, groupId, query);
    expect(parts?.group.subsidiaries.map((s) => [s.id, s.parentCustomerId, s.depth])).toEqual([
      [subsidiaryId, groupId, 1],
    ]);
    expect(parts?.group.rollup).toMatchObject({ subsidiaries: 1, contacts: 3, projects: 3 });
    const child = await findCustomer360(handle.db, subsidiaryId, query);
    expect(child?.group).toEqual({
      parent: expect.objectContaining({ id: groupId }),
      subsidiaries: [],
      rollup: null,
    });
  });

  it('finds nothing outside the read scope, and answers the write check as asked', async () => {
    const east = sql`customers.org_unit_id = ${org.east.id}`;
    expect(await findCustomer360(handle.db, subsidiaryId, { ...query, readScope: east })).toBe(
      undefined,
    );
    const parts = await findCustomer360(handle.db, groupId, {
      ...query,
      readScope: east,
      writable: sql`FALSE`,
    });
    expect(parts?.mayWrite).toBe(false);
    expect(parts?.group.subsidiaries).toEqual([]);
    expect(parts?.group.rollup).toBe(null);
    const north = sql`customers.org_unit_id = ${org.north.id}`;
    const child = await findCustomer360(handle.db, subsidiaryId, { ...query, readScope: north });
    expect(child?.group.parent).toBe(null);
  });

  it('gives an empty file empty parts', async () => {
    const id = await seedCustomer(handle, { orgUnitId: org.east.id });
    const parts = await findCustomer360(handle.db, id, query);
    expect(parts).toMatchObject({ team: [], contacts: [], credit: undefined });
    expect(parts?.purchases.totals).toEqual({
      last12Months: '0.00',
      orders12Months: 0,
      lifetime: '0.00',
      lastPurchaseOn: null,
    });
  });
});
