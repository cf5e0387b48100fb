import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS_FOLDER } from '../migrations-folder.ts';
import type { MigrationLevel } from './migration-level.ts';

type JournalEntry = { idx: number; when: number; tag: string };
type Journal = { entries: JournalEntry[] } & Record<string, unknown>;

function journal(): Journal {
  return JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as Journal;
}

/** Our migrations in order, each with the hash drizzle records for it (SHA-256 of its SQL). */
export function ownMigrations(): { tag: string; hash: string }[] {
  return journal().entries.map((entry) => ({
    tag: entry.tag,
    hash: createHash('sha256')
      .update(readFileSync(join(MIGRATIONS_FOLDER, `${entry.tag}.sql`), 'utf8'))
      .digest('hex'),
  }));
}

/**
 * Where a database's migration level (a backup's, say) stands among our migrations: at the end
 * (`current`), at an earlier one of ours (`older`), or not ours at all (`unknown`: a newer
 * Patron's, or a changed history).
 */
export function placeOfLevel(level: MigrationLevel): 'current' | 'older' | 'unknown' {
  const ours = ownMigrations();
  if (level.count < 1 || level.count > ours.length) return 'unknown';
  if (ours[level.count - 1]!.hash !== level.lastHash) return 'unknown';
  return level.count === ours.length ? 'current' : 'older';
}

/**
 * A migrations folder holding only our first `count` migrations, for opening a database at an
 * earlier level (a restore of an older backup: docs/backups.md). Drizzle's migrator applies the
 * entries of a folder's journal newer than the database's last one, so a cut journal stops there.
 * A temporary directory; `dispose` removes it.
 */
export async function migrationsFolderUpTo(
  count: number,
): Promise<{ folder: string; dispose(): Promise<void> }> {
  const full = journal();
  if (count < 1 || count > full.entries.length) throw new Error(`no migration level ${count}`);
  const folder = await mkdtemp(join(tmpdir(), 'patron-migrations-'));
  const entries = full.entries.slice(0, count);
  await mkdir(join(folder, 'meta'));
  await writeFile(join(folder, 'meta/_journal.json'), JSON.stringify({ ...full, entries }));
  for (const { tag } of entries) {
    await cp(join(MIGRATIONS_FOLDER, `${tag}.sql`), join(folder, `${tag}.sql`));
  }
  return { folder, dispose: () => rm(folder, { recursive: true, force: true }) };
}
