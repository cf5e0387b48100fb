import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * PGlite is one process per data directory; a second opener would corrupt it. The lock file
 * holds the owner's pid; a lock whose process is gone is stale and taken over.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, 'patron.pid');
  const holder = Number(await readFile(path, 'utf8').catch(() => ''));
  if (holder && holder !== process.pid && isAlive(holder)) {
    throw new Error(
      `数据目录 ${dataDir} 正被进程 ${holder} 使用（Patron 服务正在运行）。请先停止服务，或改用 PostgreSQL（DATABASE_URL）。\n` +
        `The data directory ${dataDir} is in use by process ${holder} (a running Patron server). Stop it first, or use PostgreSQL (DATABASE_URL).`,
    );
  }
  await writeFile(path, String(process.pid));
  return async () => {
    await rm(path, { force: true });
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
