import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedOrg, type TestOrg } from '../../testing/seed-org.ts';
import { seedCustomer } from '../../testing/build-customer.ts';
import { seedCustomerFile } from '../../testing/seed-customer-file.ts';
import { testContext } from '../../testing/test-context.ts';
import type { DbHandle } from '../../db/db-types.ts';
import { queryRows } from '../../db/query-rows.ts';
import { auditLog, customers } from '../../db/schema/index.ts';
import { verifyAuditChain } from '../../db/audit-repository.ts';
import { CUSTOMER_OWNED_COLUMNS } from '../../db/data-quality/customer-owned-tables.ts';
import type { Actor } from '../context.ts';
import { getCustomer } from '../customers/get-customer.ts';
import { listCustomers } from '../customers/list-customers.ts';
import { mergeCustomers } from './merge-customers.ts';
import { unmergeCustomers } from './unmerge-customers.ts';
import { getMergedInto } from './get-merged-into.ts';
import { previewMerge } from './preview-merge.ts';

let handle: DbHandle;
let org: TestOrg;
beforeAll(async () => {
  handle = await openTestDb();
  org = await seedOrg(handle);
});
afterAll(async () => {
  await handle.close();
});

const as = (actor: Actor) => testContext(handle, actor);
const director = () => as(org.users.director);

/** Every row of every table merge touches, except the columns a merge legitimately stamps. */
async function snapshot() {
  const tables = [...new Set(CUSTOMER_OWNED_COLUMNS.filter((c) => c.policy !== 'never').map((c) => c.table))]; // prettier-ignore
  const result: Record<string, unknown[]> = {};
  for (const table of tables) {
    const rows = await queryRows<Record<string, unknown>>(
      handle.db,
      sql`SELECT * FROM ${sql.identifier(table)} ORDER BY 1, 2`,
    );
    result[table] = rows.map((row) => {
      if (table !== 'customers') return row;
      const { version: _v, updated_at: _u, updated_by: _b, ...rest } = row;
      return rest;
    });
  }
  return result;
}

async function versionOf(id: number) {
  const [row] = await handle.db
    .select({ version: customers.version })
    .from(customers)
    .where(eq(customers.id, id));
  return row!.version;
}

async function merge(actor: Actor, sourceId: number, targetId: number) {
  return mergeCustomers(as(actor), {
    sourceId,
    targetId,
    sourceVersion: await versionOf(sourceId),
    targetVersion: await versionOf(targetId),
  });
}

async function count(table: string, customerId: number) {
  const [row] = await queryRows<{ n: string | number }>(
    handle.db,
    sql`SELECT count(*) AS n FROM ${sql.identifier(table)} WHERE customer_id = ${customerId}`,
  );
  return Number(row!.n);
}

let a: number; // kept
let b: number; // duplicate, merged away
let subsidiary: number;
let mergedEarlier: number;

beforeEach(async () => {
  const { east, users } = org;
  a = await seedCustomer(handle, {
    orgUnitId: east.id,
    name: '苏州恒达精密机械有限公司',
    team: [
      { userId: users.kamEast2.userId, teamRole: 'manager' },
      { userId: users.supportEast.userId, teamRole: 'support' },
    ],
  });
  b = await seedCustomer(handle, {
    orgUnitId: east.id,
    name: '恒达精密机械（苏州）有限公司',
    team: [
      { userId: users.kamEast1.userId, teamRole: 'manager' },
      { userId: users.supportEast.userId, teamRole: 'support' },
    ],
  });
  await seedCustomerFile(handle, a, { n: 1 });
  await seedCustomerFile(handle, b, { n: 3 });
  subsidiary = await seedCustomer(handle, { orgUnitId: east.id, name: '恒达精密（昆山）有限公司' });
  mergedEarlier = await seedCustomer(handle, { orgUnitId: east.id, name: '恒达精密机械厂' });
  await handle.db
    .update(customers)
    .set({ parentCustomerId: b })
    .where(eq(customers.id, subsidiary));
  await handle.db.update(customers).set({ mergedIntoId: b }).where(eq(customers.id, mergedEarlier));
});

describe('merge (C1.11)', () => {
  it('moves every related row onto the kept file, hides the duplicate and records the moved ids', async () => {
    const before = await snapshot();
    const preview = await previewMerge(director(), { sourceId: b, targetId: a });
    const expected = Object.fromEntries(preview.moves.map((m) => [m.key, m.count]));
    expect(expected).toMatchObject({
      'contacts.customer_id': 3,
      'key_person_details.customer_id': 1,
      'transactions.customer_id': 3,
      'payments.customer_id': 3,
      'needs.customer_id': 3,
      'projects.customer_id': 3,
      'customer_records.customer_id': 3,
      'customer_team.customer_id': 1, // kam.east.1; support.east is on both
      'credit_profiles.customer_id': 0, // A keeps its own
      'customers.parent_customer_id': 1,
      'customers.merged_into_id': 1,
    });

    const result = await merge(org.users.director, b, a);
    expect(Object.fromEntries(result.moved.map((m) => [m.key, m.count]))).toEqual(expected);
    for (const table of ['contacts', 'key_person_details', 'transactions', 'payments', 'needs', 'projects', 'customer_records']) {
      expect(await count(table, b), table).toBe(0);
      expect(await count(table, a), table).toBe(table === 'key_person_details' ? 2 : 4);
    } // prettier-ignore
    expect(await count('customer_team', a)).toBe(3);
    expect(await count('credit_profiles', a)).toBe(1);
    expect(await count('credit_profiles', b)).toBe(1);
    const [sub] = await handle.db.select().from(customers).where(eq(customers.id, subsidiary));
    expect(sub!.parentCustomerId).toBe(a);
    const [earlier] = await handle.db
      .select()
      .from(customers)
      .where(eq(customers.id, mergedEarlier));
    expect(earlier!.mergedIntoId).toBe(a);

    // The moved ids are in the audit row, exactly those that were B's before.
    const [audit] = await handle.db.select().from(auditLog).where(eq(auditLog.id, result.auditId));
    const after = audit!.after as { moves: Record<string, number[]>; keptOnSource: Record<string, unknown> }; // prettier-ignore
    const bContacts = (before.contacts as { id: number; customer_id: number }[])
      .filter((row) => Number(row.customer_id) === b)
      .map((row) => Number(row.id));
    expect(after.moves['contacts.customer_id']).toEqual(bContacts);
    expect(after.keptOnSource['credit_profiles.customer_id']).toMatchObject({
      financial_status_notes: `客户${b}的财务状况`,
    });
    expect(audit).toMatchObject({ action: 'customer.merge', entityId: String(b), customerId: a });

    // B leaves every list and read; the pointer leads to A.
    await expect(getCustomer(director(), b)).rejects.toMatchObject({ code: 'not_found' });
    const list = await listCustomers(director(), { page: 1, pageSize: 200, sort: 'name' });
    expect(list.items.map((c) => c.id)).not.toContain(b);
    expect(await getMergedInto(director(), b)).toMatchObject({ mergedIntoId: a });
    expect((await verifyAuditChain(handle.db)).firstBreak).toBeNull();
  });

  it('unmerge restores every row exactly, and only once', async () => {
    const before = await snapshot();
    const { auditId } = await merge(org.users.director, b, a);
    expect(await snapshot()).not.toEqual(before);
    const undone = await unmergeCustomers(as(org.users.rmEast), auditId);
    expect(Object.fromEntries(undone.restored.map((m) => [m.key, m.count]))).toMatchObject({
      'contacts.customer_id': 3,
      'customer_team.customer_id': 1,
    });
    expect(await snapshot()).toEqual(before);
    expect((await getCustomer(director(), b)).mergedIntoId).toBeNull();
    await expect(unmergeCustomers(director(), auditId)).rejects.toMatchObject({
      code: 'conflict.unmerge_not_latest',
    });
    expect((await verifyAuditChain(handle.db)).firstBreak).toBeNull();
  });

  it('a chain of merges unwinds in reverse order and ends where it began', async () => {
    const c = await seedCustomer(handle, {
      orgUnitId: org.east.id,
      name: '恒达精密机械集团有限公司',
    });
    await seedCustomerFile(handle, c, { n: 1, creditProfile: false });
    const before = await snapshot();
    const first = await merge(org.users.director, b, a);
    const second = await merge(org.users.director, a, c);
    // B's file followed A into C; B's merge pointer too.
    expect(await count('contacts', c)).toBe(5);
    expect(await getMergedInto(director(), b)).toMatchObject({ mergedIntoId: c });
    expect(await count('credit_profiles', c)).toBe(1); // C had none: A's moved
    await expect(unmergeCustomers(director(), first.auditId)).rejects.toMatchObject({
      code: 'conflict.unmerge_not_latest',
    });
    await unmergeCustomers(director(), second.auditId);
    await unmergeCustomers(director(), first.auditId);
    expect(await snapshot()).toEqual(before);
  });

  it('checks who merges what, and the versions the user confirmed', async () => {
    const north = await seedCustomer(handle, { orgUnitId: org.north.id, name: '北京恒达精密机械有限公司' }); // prettier-ignore
    const versions = { sourceVersion: await versionOf(b), targetVersion: await versionOf(a) };
    const attempt = (actor: Actor, sourceId: number, targetId: number) =>
      mergeCustomers(as(actor), { sourceId, targetId, ...versions });
    // Files out of sight are missing, whatever the role (docs/access.md).
    await expect(attempt(org.users.kamEast1, b, a)).rejects.toMatchObject({ code: 'not_found' });
    await expect(attempt(org.users.secEast, b, a)).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
    await expect(attempt(org.users.auditor, b, a)).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
    await expect(attempt(org.users.rmEast, north, a)).rejects.toMatchObject({ code: 'not_found' });
    await expect(attempt(org.users.director, a, a)).rejects.toMatchObject({ code: 'conflict.merge_self' }); // prettier-ignore
    await expect(
      mergeCustomers(director(), { sourceId: b, targetId: a, ...versions, targetVersion: 99 }),
    ).rejects.toMatchObject({ code: 'conflict.stale_version' });
    const subVersion = await versionOf(subsidiary);
    await expect(
      mergeCustomers(director(), { sourceId: b, targetId: subsidiary, sourceVersion: versions.sourceVersion, targetVersion: subVersion }), // prettier-ignore
    ).rejects.toMatchObject({ code: 'conflict.merge_group' });
    // Nothing moved on any refusal.
    expect(await count('contacts', b)).toBe(3);
    const ok = await attempt(org.users.rmEast, b, a);
    expect(ok.targetId).toBe(a);
  });
});
