import { PGlite } from '@electric-sql/pglite';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Makes sure `dataDir` is either absent or a whole PGlite database before PGlite opens it.
 *
 * PGlite creates a new data directory by running initdb in memory and then writing the files
 * into the directory one by one. It takes any directory holding `PG_VERSION` for a database,
 * and that file is written long before the last one: a process killed in between (Ctrl-C or
 * kill -9 during the first start) leaves a directory that fails to open for good ("PGlite
 * failed to initialize properly"; measured, docs/security.md "Durability"). So a new directory
 * is created beside the target, closed, and renamed into place: a rename is atomic, and the
 * target holds `PG_VERSION` only once it holds everything. A leftover of an interrupted creation
 * (`<dataDir>.creating`) is ours by name and is removed.
 */
export async function ensurePgliteDataDir(dataDir: string): Promise<void> {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return;
  if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
    // Files but no database: a directory some other program filled, or the remains of a
    // creation by a Patron before this check. Nothing of a database is there to lose, but
    // neither is it ours to delete.
    throw new Error(
      `数据目录 ${dataDir} 中有文件但没有数据库（缺少 PG_VERSION），可能是首次启动被中断。请将其移走后重新启动。\n` +
        `The data directory ${dataDir} holds files but no database (no PG_VERSION), perhaps from an interrupted first start. Move it aside and start again.`,
    );
  }
  const creating = `${dataDir}.creating`;
  await rm(creating, { recursive: true, force: true });
  // The server's user only, as PostgreSQL wants a data directory (docs/security.md).
  await mkdir(creating, { mode: 0o700 });
  const fresh = await PGlite.create(creating);
  await fresh.close();
  // An empty target (a directory made for it) gives way: not every system renames onto one.
  if (existsSync(dataDir)) await rmdir(dataDir);
  await rename(creating, dataDir);
}
