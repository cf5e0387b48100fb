import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

export const BACKUP_SCHEDULES = ['daily', 'off'] as const;
export type BackupSchedule = (typeof BACKUP_SCHEDULES)[number];

const NAME = /^patron-backup-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.tar$/;

/** `patron-backup-20260630-080000.tar` (UTC): sorts by time, and says when it was taken. */
export function backupFileName(at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `patron-backup-${stamp}.tar`;
}

function timeOf(name: string): Date | undefined {
  const m = NAME.exec(name);
  return m ? new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`) : undefined;
}

/** The backups in a directory, oldest first (by the time in their names). */
export async function listBackups(dir: string): Promise<{ file: string; at: Date }[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .flatMap((name) => {
      const at = timeOf(name);
      return at ? [{ file: join(dir, name), at }] : [];
    })
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** Deletes all but the newest `keep` backups; returns the deleted files. */
export async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  const all = await listBackups(dir);
  const doomed = all.slice(0, Math.max(0, all.length - keep)).map((b) => b.file);
  for (const file of doomed) await rm(file, { force: true });
  return doomed;
}
