import { readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * PGlite is one process per data directory; a second opener would corrupt it. The lock file
 * holds the owner's pid and, where the system tells it (Linux /proc), the process's start time.
 * A lock whose process is gone is stale and taken over — after a crash or kill -9 too. The
 * start time tells a reused pid apart: after a restart (a container's especially) the dead
 * server's pid soon belongs to some other process, and a lock of the pid alone would then refuse
 * the data directory for good.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, 'patron.pid');
  const holder = parseLock(await readFile(path, 'utf8').catch(() => ''));
  if (holder && holder.pid !== process.pid && holdsLock(holder)) {
    throw new Error(
      `数据目录 ${dataDir} 正被进程 ${holder.pid} 使用（Patron 服务正在运行）。请先停止服务，或改用 PostgreSQL（DATABASE_URL）。\n` +
        `The data directory ${dataDir} is in use by process ${holder.pid} (a running Patron server). Stop it first, or use PostgreSQL (DATABASE_URL).`,
    );
  }
  const started = startTimeOf(process.pid);
  await writeFile(path, started ? `${process.pid} ${started}` : String(process.pid));
  return async () => {
    await rm(path, { force: true });
  };
}

type LockHolder = { pid: number; started: string | null };

/** "pid" (older files) or "pid start-time". */
function parseLock(text: string): LockHolder | null {
  const [pid, started] = text.trim().split(/\s+/);
  const number = Number(pid);
  return Number.isInteger(number) && number > 0 ? { pid: number, started: started ?? null } : null;
}

function holdsLock(holder: LockHolder): boolean {
  if (!isAlive(holder.pid)) return false;
  const now = startTimeOf(holder.pid);
  // Without a recorded or readable start time, a live pid is taken for the holder (the safe side).
  return holder.started === null || now === null || now === holder.started;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Field 22 of /proc/<pid>/stat (clock ticks after boot); null where there is no /proc. */
export function startTimeOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}
