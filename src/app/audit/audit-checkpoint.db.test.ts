import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc, eq, gte } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditHash, GENESIS_HASH } from '../../db/audit-chain.ts';
import { appendAudit, verifyAuditChain } from '../../db/audit-repository.ts';
import type { DbHandle } from '../../db/db-types.ts';
import { auditLog } from '../../db/schema/index.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import { testContext } from '../../testing/test-context.ts';
import type { AppContext } from '../context.ts';
import { makeKeyring } from '../crypto/keyring.ts';
import { checkpointFilePath } from './checkpoint-file.ts';
import { verifyAuditLog } from './verify-audit-log.ts';
import { writeAuditCheckpoint } from './write-audit-checkpoint.ts';

let handle: DbHandle;
let ctx: AppContext;
let dir: string;
const key = Buffer.alloc(32, 3);

async function freshChain(rows: number): Promise<void> {
  await handle.ownerDb.delete(auditLog);
  for (let i = 1; i <= rows; i++) {
    await handle.db.transaction((tx) =>
      appendAudit(tx, {
        at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
        actorId: null,
        actorName: 'system:test',
        ip: null,
        action: 'test.step',
        entityType: 'test',
        entityId: String(i),
        customerId: null,
        before: null,
        after: { step: i },
      }),
    );
  }
}

/** What someone with database access but not the key could do: recompute every hash. */
async function recomputeChain(): Promise<void> {
  let prevHash = GENESIS_HASH;
  const rows = await handle.db.select().from(auditLog).orderBy(asc(auditLog.id));
  for (const { prevHash: _p, hash: _h, ...record } of rows) {
    const hash = auditHash(prevHash, record);
    await handle.ownerDb.update(auditLog).set({ prevHash, hash }).where(eq(auditLog.id, record.id));
    prevHash = hash;
  }
}

beforeAll(async () => {
  handle = await openTestDb();
  ctx = { ...testContext(handle), keyring: makeKeyring(key) };
});
afterAll(async () => {
  await handle.close();
});
beforeEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = await mkdtemp(join(tmpdir(), 'patron-checkpoint-'));
  await freshChain(10);
  await writeAuditCheckpoint(ctx, dir);
});

describe('audit verify with a signed checkpoint (C7.5)', () => {
  it('reports an untouched log as intact', async () => {
    const report = await verifyAuditLog(ctx, dir);
    expect(report).toMatchObject({ rows: 10, firstBad: null, intact: true });
    expect(report.checkpoint).toMatchObject({ status: 'ok', lastId: 10 });
  });

  it('names a changed row in the middle', async () => {
    await handle.ownerDb
      .update(auditLog)
      .set({ actorName: 'someone else' })
      .where(eq(auditLog.id, 5));
    const report = await verifyAuditLog(ctx, dir);
    expect(report.firstBad).toEqual({ id: 5, reason: 'hash' });
    expect(report.intact).toBe(false);
  });

  it('names a row deleted from the middle', async () => {
    await handle.ownerDb.delete(auditLog).where(eq(auditLog.id, 5));
    expect((await verifyAuditLog(ctx, dir)).firstBad).toEqual({ id: 5, reason: 'missing' });
  });

  it('catches a truncated tail, which the chain alone cannot see', async () => {
    await handle.ownerDb.delete(auditLog).where(gte(auditLog.id, 8));
    expect((await verifyAuditChain(handle.db)).firstBreak).toBeNull();
    const report = await verifyAuditLog(ctx, dir);
    expect(report.firstBad).toEqual({ id: 8, reason: 'truncated' });
    expect(report.checkpoint).toMatchObject({ status: 'failed', lastId: 10 });
  });

  it('catches an edit hidden by recomputing the whole chain', async () => {
    await handle.ownerDb
      .update(auditLog)
      .set({ actorName: 'someone else' })
      .where(eq(auditLog.id, 5));
    await recomputeChain();
    expect((await verifyAuditChain(handle.db)).firstBreak).toBeNull();
    expect((await verifyAuditLog(ctx, dir)).firstBad).toEqual({ id: 10, reason: 'rewritten' });
  });

  it('refuses a checkpoint file edited by hand', async () => {
    const path = checkpointFilePath(dir);
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace('"lastId":10', '"lastId":7'));
    const report = await verifyAuditLog(ctx, dir);
    expect(report.checkpoint).toEqual({ status: 'bad_signature' });
    expect(report.intact).toBe(false);
  });

  it('writes a new checkpoint only when the chain grew, and one signed before a key rotation still verifies', async () => {
    expect((await writeAuditCheckpoint(ctx, dir)).written).toBe(false);
    const rotated = { ...ctx, keyring: makeKeyring(Buffer.alloc(32, 4), [key]) };
    expect((await verifyAuditLog(rotated, dir)).intact).toBe(true);
    const stranger = { ...ctx, keyring: makeKeyring(Buffer.alloc(32, 5)) };
    expect((await verifyAuditLog(stranger, dir)).checkpoint).toEqual({ status: 'unknown_key' });
    await freshChain(12);
    const next = await writeAuditCheckpoint(rotated, dir);
    expect(next).toMatchObject({ written: true, checkpoint: { lastId: 12, rows: 12 } });
    expect((await verifyAuditLog(rotated, dir)).intact).toBe(true);
  });
});
