import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '../db-types.ts';
import { appendAudit, appendAuditBatch, verifyAuditChain } from '../audit-repository.ts';
import { queryRows } from '../query-rows.ts';
import { openTestDb } from '../../testing/open-test-db.ts';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const entry = (n: number) => ({
  at: new Date(Date.UTC(2026, 0, 1, 0, 0, n % 60)).toISOString(),
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

describe('appendAuditBatch', () => {
  it('links a batch onto the chain exactly as single appends would, across chunks', async () => {
    await handle.db.transaction((tx) => appendAudit(tx, entry(1)));
    const first = await handle.db.transaction((tx) =>
      appendAuditBatch(
        tx,
        Array.from({ length: 12_000 }, (_, i) => entry(i + 2)),
      ),
    );
    await handle.db.transaction((tx) => appendAudit(tx, entry(9999)));
    expect(first).toBe(2);
    expect(await verifyAuditChain(handle.db)).toEqual({ rows: 12_002, firstBreak: null });
  });

  it('writes nothing for an empty batch and nothing when rolled back', async () => {
    await handle.db.transaction((tx) => appendAuditBatch(tx, []));
    await expect(
      handle.db.transaction(async (tx) => {
        await appendAuditBatch(tx, [entry(1), entry(2)]);
        throw new Error('import failed');
      }),
    ).rejects.toThrow('import failed');
    const [row] = await queryRows<{ n: number }>(
      handle.db,
      sql`SELECT count(*)::int AS n FROM audit_log`,
    );
    expect(row?.n).toBe(12_002);
  });

  it('fails whole when a later chunk fails while the next one is being hashed', async () => {
    const entries = Array.from({ length: 11_000 }, (_, i) => entry(i + 1));
    // A customer id the database cannot read as a number, in the second chunk.
    entries[7000] = { ...entry(7001), customerId: 'not a number' as unknown as number };
    await expect(handle.db.transaction((tx) => appendAuditBatch(tx, entries))).rejects.toThrow();
    expect(await verifyAuditChain(handle.db)).toEqual({ rows: 12_002, firstBreak: null });
  });
});
