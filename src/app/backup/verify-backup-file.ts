import type { BackupManifest } from './backup-manifest.ts';
import { openBackupFile } from './open-backup-file.ts';
import { readBackupTable } from './read-backup-table.ts';
import type { BackupProgress } from './create-backup.ts';

export type BackupFileCheck = { manifest: BackupManifest; tables: number; rows: number };

/**
 * Checks a backup file against its own manifest without a database: every table's entry
 * decompresses and has the recorded row count and SHA-256. Throws `validation.backup_corrupt`
 * naming the first table that fails, `validation.backup_unreadable` for a damaged archive.
 */
export async function verifyBackupFile(
  path: string,
  onProgress?: BackupProgress,
): Promise<BackupFileCheck> {
  const backup = await openBackupFile(path);
  const totalRows = backup.manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  let doneRows = 0;
  for (const table of backup.manifest.tables) {
    const rows = readBackupTable(backup, table, (n) => onProgress?.((doneRows += n), totalRows));
    for await (const _chunk of rows);
  }
  return { manifest: backup.manifest, tables: backup.manifest.tables.length, rows: totalRows };
}
