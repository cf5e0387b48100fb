import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from './db-types.ts';
import { appendAudit, verifyAuditChain } from './audit-repository.ts';
import { openTestDb } from '../testing/open-test-db.ts';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const entry = (n: number) => ({
  at: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
  actorId: null,
  actorName: 'test',
  ip: null,
  action: 'customer.update',
  entityType: 'customer',
  entityId: String(n),
  customerId: n,
  before: { phone: null, amount: '1.50' },
  after: { phone: `021-6000000${n}`, nested: { b: 1, a: [1, 'x'] } },
});

describe('audit hash chain (C7.5)', () => {
  it('appends linked rows, also when many writers race, and verifies them', async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, n) =>
        handle.db.transaction((tx) => appendAudit(tx, entry(n))),
      ),
    );
    const result = await verifyAuditChain(handle.db, 5);
    expect(result).toEqual({ rows: 12, firstBreak: null });
  });

  it('a rolled-back change leaves no audit row', async () => {
    await expect(
      handle.db.transaction(async (tx) => {
        await appendAudit(tx, entry(99));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect((await verifyAuditChain(handle.db)).rows).toBe(12);
  });

  it('detects an edited row', async () => {
    await handle.ownerDb.execute(
      sql`UPDATE audit_log SET after = '{"phone":"forged"}' WHERE id = 7`,
    );
    expect((await verifyAuditChain(handle.db)).firstBreak).toEqual({ id: 7, reason: 'hash' });
  });

  it('detects a deleted row', async () => {
    await handle.ownerDb.execute(sql`DELETE FROM audit_log WHERE id = 3`);
    expect((await verifyAuditChain(handle.db)).firstBreak).toEqual({ id: 4, reason: 'gap' });
  });
});

describe('request id in the chain (C7.5, migration 0009)', () => {
  let fresh: DbHandle;
  beforeAll(async () => {
    fresh = await openTestDb();
  });
  afterAll(async () => {
    await fresh.close();
  });

  it('rows without a request id (as written before the column) and rows with one verify together', async () => {
    await appendAudit(fresh.db, entry(1));
    await appendAudit(fresh.db, { ...entry(2), requestId: 'c0ffee00-0000-4000-8000-000000000002' });
    await appendAudit(fresh.db, { ...entry(3), requestId: null });
    expect(await verifyAuditChain(fresh.db)).toEqual({ rows: 3, firstBreak: null });
  });

  it('detects a changed, added or removed request id', async () => {
    await fresh.ownerDb.execute(sql`UPDATE audit_log SET request_id = 'forged' WHERE id = 2`);
    expect((await verifyAuditChain(fresh.db)).firstBreak).toEqual({ id: 2, reason: 'hash' });
    await fresh.ownerDb.execute(
      sql`UPDATE audit_log SET request_id = 'c0ffee00-0000-4000-8000-000000000002' WHERE id = 2`,
    );
    expect((await verifyAuditChain(fresh.db)).firstBreak).toBeNull();
    await fresh.ownerDb.execute(sql`UPDATE audit_log SET request_id = 'added' WHERE id = 1`);
    expect((await verifyAuditChain(fresh.db)).firstBreak).toEqual({ id: 1, reason: 'hash' });
    await fresh.ownerDb.execute(sql`UPDATE audit_log SET request_id = NULL WHERE id = 1`);
    await fresh.ownerDb.execute(sql`UPDATE audit_log SET request_id = NULL WHERE id = 2`);
    expect((await verifyAuditChain(fresh.db)).firstBreak).toEqual({ id: 2, reason: 'hash' });
  });
});
