import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { appendAudit } from '../../db/audit-repository.ts';
import type { DbHandle } from '../../db/db-types.ts';
import { watermark } from '../../db/privacy/erasure-repository.ts';
import { auditLog, contacts, customers } from '../../db/schema/index.ts';
import { seedCustomer } from '../../testing/build-customer.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedOrg } from '../../testing/seed-org.ts';
import { fixedClock, testContext } from '../../testing/test-context.ts';
import { maskAuditRows } from './mask-audit-rows.ts';
import { runRetentionPurge } from './run-retention-purge.ts';

let handle: DbHandle;
let oldTerminated: number;
let recentTerminated: number;
let active: number;
const NOW = new Date('2030-06-30T08:00:00Z');
const SETTINGS = { terminatedContactYears: 3, loginIpDays: 365 };

async function customerWithContact(
  orgUnitId: number,
  lifecycle: 'terminated' | 'key_account',
  updatedAt: string,
) {
  const id = await seedCustomer(handle, { orgUnitId });
  await handle.db
    .update(customers)
    .set({ lifecycleStatus: lifecycle, updatedAt: new Date(updatedAt) })
    .where(eq(customers.id, id));
  await handle.db.insert(contacts).values({
    customerId: id,
    name: `联系人${id}号`,
    mobile: '+8613800000000',
    createdAt: new Date(updatedAt),
    updatedAt: new Date(updatedAt),
  });
  return id;
}

const contactOf = async (customerId: number) =>
  (await handle.db.select().from(contacts).where(eq(contacts.customerId, customerId)))[0]!;

beforeAll(async () => {
  handle = await openTestDb();
  const org = await seedOrg(handle);
  oldTerminated = await customerWithContact(org.east.id, 'terminated', '2026-01-01T00:00:00Z');
  recentTerminated = await customerWithContact(org.east.id, 'terminated', '2029-01-01T00:00:00Z');
  active = await customerWithContact(org.east.id, 'key_account', '2020-01-01T00:00:00Z');
  for (const at of ['2028-01-01T00:00:00Z', '2030-06-01T00:00:00Z'])
    await appendAudit(handle.db, {
      at,
      actorId: null,
      actorName: 'system:login:someone',
      ip: null,
      action: 'auth.login_failed',
      entityType: 'user',
      entityId: null,
      customerId: null,
      before: null,
      after: { ip: '203.0.113.7' },
    });
});
afterAll(async () => {
  await handle.close();
});

const ctx = () => testContext(handle, { kind: 'system', name: 'retention' }, fixedClock(NOW));

describe('runRetentionPurge (C7.7)', () => {
  it('a dry run counts what is due and changes nothing', async () => {
    const result = await runRetentionPurge(ctx(), SETTINGS, { dryRun: true });
    expect(result).toMatchObject({ dryRun: true, contacts: 1 });
    expect(result.loginIpsHiddenThrough).not.toBeNull();
    expect((await contactOf(oldTerminated)).name).toBe(`联系人${oldTerminated}号`);
    expect(await watermark(handle.db, 'login_ip')).toBe(0);
  });

  it('erases contacts past retention, keeps the rest, hides old sign-in addresses only', async () => {
    const result = await runRetentionPurge(ctx(), SETTINGS);
    expect(result.contacts).toBe(1);
    const erased = await contactOf(oldTerminated);
    expect(erased).toMatchObject({ mobile: null });
    expect(erased.name).toMatch(/^已删除联系人 #\d+$/);
    expect((await contactOf(recentTerminated)).mobile).toBe('+8613800000000');
    expect((await contactOf(active)).mobile).toBe('+8613800000000');

    const logins = await handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'auth.login_failed'));
    const shown = await maskAuditRows(handle.db, ctx(), logins);
    expect(shown.map((row) => (row.after as { ip?: string }).ip)).toEqual([
      undefined,
      '203.0.113.7',
    ]);
  });

  it('running again does nothing more', async () => {
    expect(await runRetentionPurge(ctx(), SETTINGS)).toEqual({
      dryRun: false,
      contacts: 0,
      loginIpsHiddenThrough: null,
    });
  });
});
