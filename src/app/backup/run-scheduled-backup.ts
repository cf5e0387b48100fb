import { join } from 'node:path';
import { withActor, type AppContext } from '../context.ts';
import {
  backupFileName,
  listBackups,
  pruneBackups,
  type BackupSchedule,
} from './backup-schedule.ts';
import { createBackup, type BackupResult } from './create-backup.ts';

export type BackupPlan = { schedule: BackupSchedule; dir: string; keep: number };

// Called hourly: a backup is due once the newest is this old, so it lands on the same hourly
// tick each day instead of drifting by up to an hour a day.
const DUE_AFTER_MS = 23.5 * 60 * 60 * 1000;

/**
 * The daily backup `patron serve` takes (C7.8). With PGlite no other process may open the data
 * directory while the server runs, so the server itself has to take it. When it is due is read
 * from the newest file's name, so a restart neither skips nor repeats a day. Keeps the newest
 * `keep` files of the directory.
 */
export async function runScheduledBackup(
  ctx: AppContext,
  plan: BackupPlan,
): Promise<BackupResult | null> {
  if (plan.schedule === 'off') return null;
  const now = ctx.clock.now();
  const newest = (await listBackups(plan.dir)).at(-1);
  if (newest && now.getTime() - newest.at.getTime() < DUE_AFTER_MS) return null;
  const scheduler = withActor(ctx, { kind: 'system', name: 'scheduler' });
  const result = await createBackup(scheduler, join(plan.dir, backupFileName(now)));
  await pruneBackups(plan.dir, plan.keep);
  return result;
}
