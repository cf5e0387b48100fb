import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditChain } from '../../db/audit-repository.ts';
import type { DbHandle } from '../../db/db-types.ts';
import { auditLog } from '../../db/schema/index.ts';
import { seedCustomer } from '../../testing/build-customer.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedOrg, type TestOrg } from '../../testing/seed-org.ts';
import { testContext } from '../../testing/test-context.ts';
import type { Actor } from '../context.ts';
import { listAuditActions } from './list-audit-actions.ts';
import { listAuditLog, type ListAuditLogInput } from './list-audit-log.ts';

let handle: DbHandle;
let org: TestOrg;
let customerA: number;
let customerB: number;

/** A row as a use case would write it, at a chosen instant. */
function row(
  at: string,
  action: string,
  extra: Partial<Parameters<typeof appendAudit>[1]> = {},
): Parameters<typeof appendAudit>[1] {
  return {
    at,
    actorId: null,
    actorName: 'system:test',
    ip: null,
    action,
    entityType: 'customer',
    entityId: null,
    customerId: null,
    before: null,
    after: null,
    ...extra,
  };
}

beforeAll(async () => {
  handle = await openTestDb();
  org = await seedOrg(handle);
  customerA = await seedCustomer(handle, {
    orgUnitId: org.east.id,
    name: '苏州恒达精密机械有限公司',
  });
  customerB = await seedCustomer(handle, {
    orgUnitId: org.north.id,
    name: '北京华信电力工程有限公司',
  });
  const kam = org.users.kamEast1;
  const rows = [
    row('2026-03-01T02:00:00Z', 'auth.login', {
      actorId: kam.userId,
      actorName: kam.username,
      ip: '10.0.0.7',
      entityType: 'user',
      entityId: String(kam.userId),
    }),
    // A failed sign-in typed as kam.east.1: a system actor, the address only in `after`.
    row('2026-03-01T02:01:00Z', 'auth.login_failed', {
      actorName: `system:login:${kam.username}`,
      entityType: 'user',
      entityId: String(kam.userId),
      after: { ip: '203.0.113.9' },
    }),
    row('2026-03-02T03:00:00Z', 'customer.update', {
      actorId: kam.userId,
      actorName: kam.username,
      entityId: String(customerA),
      customerId: customerA,
      before: { phone: '021-60000001' },
      after: { phone: '021-60000002' },
    }),
    // 16:30 UTC on 31 March is 00:30 on 1 April in Beijing.
    row('2026-03-31T16:30:00Z', 'scoring.run.publish', {
      entityType: 'scoring_run',
      entityId: '7',
    }),
    row('2026-03-31T15:30:00Z', 'scoring.override.propose', {
      actorId: org.users.rmNorth.userId,
      actorName: org.users.rmNorth.username,
      customerId: customerB,
      entityType: 'tier_override',
      entityId: '3',
      after: { tier: 'A' },
    }),
    row('2026-04-02T01:00:00Z', 'key_person.read', {
      actorId: kam.userId,
      actorName: kam.username,
      customerId: customerA,
      entityType: 'key_person',
      entityId: '11',
      after: { contactId: 5 },
    }),
    // `_` is a LIKE wildcard: the family `key_person.` must not match this.
    row('2026-04-02T02:00:00Z', 'keyXperson.read', { entityType: 'other' }),
    row('2026-04-03T01:00:00Z', 'user.create', {
      actorId: org.users.admin.userId,
      actorName: 'admin',
      entityType: 'user',
      entityId: '99',
      after: { username: 'new.user', roles: ['support'] },
    }),
  ];
  for (const entry of rows) await appendAudit(handle.db, entry);
});
afterAll(async () => {
  await handle.close();
});

const ctxOf = (user: keyof TestOrg['users']) => testContext(handle, org.users[user] as Actor);
const list = (input: Partial<ListAuditLogInput> = {}, user: keyof TestOrg['users'] = 'auditor') =>
  listAuditLog(ctxOf(user), { pageSize: 50, ...input });
/** The page's actions, leaving out the readers' own `audit.read` rows. */
const actionsOf = async (input: Partial<ListAuditLogInput>) =>
  (await list(input)).items.map((item) => item.action).filter((a) => a !== 'audit.read');

describe('who reads the audit log (C7.5, issue 5)', () => {
  it.each(['auditor', 'admin'] as const)('%s may', async (user) => {
    expect((await list({}, user)).items.length).toBeGreaterThan(0);
  });

  it.each(['committee', 'director', 'kamEast1', 'rmEast', 'secEast', 'supportEast'] as const)(
    '%s may not, also not the action list',
    async (user) => {
      await expect(list({}, user)).rejects.toMatchObject({ code: 'auth.forbidden' });
      await expect(listAuditActions(ctxOf(user))).rejects.toMatchObject({
        code: 'auth.forbidden',
      });
    },
  );

  it('shows the auditor customer names and contents, the admin only customer ids', async () => {
    const auditor = (await list({ customerId: customerA })).items;
    const update = auditor.find((item) => item.action === 'customer.update')!;
    expect(update).toMatchObject({
      customerName: '苏州恒达精密机械有限公司',
      before: { phone: '021-60000001' },
      detailsWithheld: false,
    });
    const admin = (await list({ customerId: customerA }, 'admin')).items;
    expect(admin.find((item) => item.action === 'customer.update')).toMatchObject({
      customerId: customerA,
      customerName: null,
      before: null,
      after: null,
      detailsWithheld: true,
    });
    // Rows of no customer (users, sign-ins) are the admin's own business and stay whole.
    const users = (await list({ action: 'user.create' }, 'admin')).items;
    expect(users[0]).toMatchObject({ after: { username: 'new.user' }, detailsWithheld: false });
  });
});

describe('filters', () => {
  it('by username: the user’s own rows and sign-ins typed with that name', async () => {
    expect(await actionsOf({ actor: 'kam.east.1' })).toEqual([
      'key_person.read',
      'customer.update',
      'auth.login_failed',
      'auth.login',
    ]);
  });

  it('by user id: what the user did', async () => {
    expect(await actionsOf({ actor: String(org.users.kamEast1.userId) })).toEqual([
      'key_person.read',
      'customer.update',
      'auth.login',
    ]);
  });

  it('by customer, by action, by family (with `_` taken literally), by record', async () => {
    expect(await actionsOf({ customerId: customerB })).toEqual(['scoring.override.propose']);
    expect(await actionsOf({ action: 'auth.login' })).toEqual(['auth.login']);
    expect(await actionsOf({ action: 'scoring.' })).toEqual([
      'scoring.override.propose',
      'scoring.run.publish',
    ]);
    expect(await actionsOf({ action: 'key_person.' })).toEqual(['key_person.read']);
    expect(await actionsOf({ entityType: 'scoring_run', entityId: '7' })).toEqual([
      'scoring.run.publish',
    ]);
  });

  it('by Beijing calendar days, both ends inclusive', async () => {
    // The run was published at 00:30 on 1 April Beijing time (31 March in UTC).
    expect(await actionsOf({ from: '2026-04-01', to: '2026-04-01' })).toEqual([
      'scoring.run.publish',
    ]);
    expect(await actionsOf({ action: 'scoring.', to: '2026-03-31' })).toEqual([
      'scoring.override.propose',
    ]);
    expect(await actionsOf({ from: '2026-04-03' })).toContain('user.create');
    expect(await actionsOf({ from: '2026-04-03' })).not.toContain('keyXperson.read');
  });

  it('refuses a bad date or a range that ends before it starts, naming the field', async () => {
    await expect(list({ from: '2026-02-30' })).rejects.toMatchObject({
      code: 'validation.date',
      field: 'audit.from',
    });
    await expect(list({ from: '2026-04-02', to: '2026-04-01' })).rejects.toMatchObject({
      code: 'validation.end_before_start',
      field: 'audit.to',
    });
  });

  it('shows the address of a failed sign-in in the IP column', async () => {
    const [failed] = (await list({ action: 'auth.login_failed' })).items;
    expect(failed).toMatchObject({ ip: '203.0.113.9', actorName: 'system:login:kam.east.1' });
  });
});

describe('paging', () => {
  it('walks every row once, newest first, though each page adds a row on top', async () => {
    const seen: number[] = [];
    let beforeId: number | undefined;
    for (let pages = 0; pages < 50; pages++) {
      const page = await list({ pageSize: 3, beforeId });
      seen.push(...page.items.map((item) => item.id));
      if (page.nextBeforeId === null) break;
      beforeId = page.nextBeforeId;
    }
    // Ids are gapless; every page's own audit.read lands above the first page, never in the walk.
    const newest = seen[0]!;
    expect(newest).toBeGreaterThan(8);
    expect(seen).toEqual(Array.from({ length: newest }, (_, i) => newest - i));
  });
});

describe('reading is audited', () => {
  it('writes audit.read with the filters and no customer id, and the chain holds', async () => {
    await list({ customerId: customerA, action: 'customer.', from: '2026-03-01' });
    const [last] = await handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'audit.read'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(last).toMatchObject({
      actorName: 'auditor',
      entityType: 'audit_log',
      customerId: null,
      after: {
        filters: { customerId: customerA, action: 'customer.', from: '2026-03-01' },
        rows: 1,
      },
    });
    expect((await verifyAuditChain(handle.db)).firstBreak).toBeNull();
  });

  it('does not record a refused read', async () => {
    const before = await handle.db.$count(auditLog);
    await expect(list({}, 'director')).rejects.toThrow();
    expect(await handle.db.$count(auditLog)).toBe(before);
  });
});

describe('the action filter', () => {
  it('offers every catalogued action, any other seen lately, and the families', async () => {
    const { actions, families } = await listAuditActions(ctxOf('admin'));
    expect(actions).toEqual(
      expect.arrayContaining(['auth.login', 'audit.export', 'keyXperson.read']),
    );
    expect([...actions].sort()).toEqual(actions);
    expect(families).toEqual(expect.arrayContaining(['scoring.', 'customer.']));
  });
});
