import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/db-types.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedOrg } from '../../testing/seed-org.ts';
import { fixedClock, testContext } from '../../testing/test-context.ts';
import { latestCheckpoint } from '../audit/checkpoint-file.ts';
import { runHourlySafeguards } from './run-hourly-safeguards.ts';
import { verifyBackupFile } from './verify-backup-file.ts';

let handle: DbHandle;
let dir: string;
const HOUR = 60 * 60 * 1000;

beforeAll(async () => {
  handle = await openTestDb();
  await seedOrg(handle);
  dir = await mkdtemp(join(tmpdir(), 'patron-safeguards-'));
});
afterAll(async () => {
  await handle.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the hourly safeguards of patron serve', () => {
  it('takes one backup a day, keeps the newest N, and checkpoints the audit log', async () => {
    const clock = fixedClock(new Date('2026-07-01T02:00:00Z'));
    const ctx = testContext(handle, { kind: 'system', name: 'test' }, clock);
    const config = {
      backupSchedule: 'daily' as const,
      backupDir: join(dir, 'backups'),
      backupKeep: 2,
      auditCheckpointDir: dir,
    };
    const backups = async () => (await readdir(config.backupDir)).sort();
    await runHourlySafeguards(ctx, config);
    expect(await backups()).toEqual(['patron-backup-20260701-020000.tar']);
    const first = await latestCheckpoint(dir);
    expect(first).toMatchObject({ lastId: 0 });

    clock.advance(HOUR);
    await runHourlySafeguards(ctx, config);
    expect(await backups()).toHaveLength(1);
    // The backup's own audit row made the chain grow: a new checkpoint covers it.
    expect(await latestCheckpoint(dir)).toMatchObject({ lastId: 1 });

    for (let hour = 0; hour < 47; hour++) {
      clock.advance(HOUR);
      await runHourlySafeguards(ctx, config);
    }
    expect(await backups()).toEqual([
      'patron-backup-20260702-020000.tar',
      'patron-backup-20260703-020000.tar',
    ]);
    const check = await verifyBackupFile(
      join(config.backupDir, 'patron-backup-20260703-020000.tar'),
    );
    expect(check.manifest.createdAt).toBe('2026-07-03T02:00:00.000Z');
  });

  it('does nothing for backups when the schedule is off', async () => {
    const ctx = testContext(handle);
    const backupDir = join(dir, 'off');
    await runHourlySafeguards(ctx, {
      backupSchedule: 'off',
      backupDir,
      backupKeep: 7,
      auditCheckpointDir: dir,
    });
    await expect(readdir(backupDir)).rejects.toThrow();
  });
});
