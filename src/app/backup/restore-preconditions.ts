import { AppError } from '../../domain/app-error.ts';
import type { DbOrTx } from '../../db/db-types.ts';
import type { BackupTable } from '../../db/backup/backup-catalog.ts';
import { migrationLevel, sameMigrationLevel } from '../../db/backup/migration-level.ts';
import { tableRowCounts } from '../../db/backup/table-row-counts.ts';
import type { BackupManifest } from './backup-manifest.ts';

/**
 * The target must be at the backup's migration level: the same tables with the same columns.
 * (Restore with the Patron version that made the backup, then upgrade: migrations run at start.)
 */
export async function requireSameSchema(
  tx: DbOrTx,
  manifest: BackupManifest,
  tables: readonly BackupTable[],
): Promise<void> {
  const level = await migrationLevel(tx);
  if (!sameMigrationLevel(level, manifest.migrations)) {
    throw new AppError('conflict.backup_migration_level', {
      params: { backup: manifest.migrations.count, current: level.count },
    });
  }
  const here = new Map(tables.map((t) => [t.name, t.columns.join(',')]));
  const there = new Map(manifest.tables.map((t) => [t.name, t.columns.join(',')]));
  for (const name of new Set([...here.keys(), ...there.keys()])) {
    if (here.get(name) !== there.get(name)) {
      throw new AppError('conflict.restore_check_failed', {
        params: { check: 'schema', detail: `table ${name} differs from the backup's` },
      });
    }
  }
}

/** Refuses a target holding any row: a restore never merges into existing data. */
export async function requireEmpty(
  tx: DbOrTx,
  tables: readonly BackupTable[],
  target: string,
): Promise<void> {
  const counts = await tableRowCounts(
    tx,
    tables.map((t) => t.name),
  );
  for (const [table, rows] of counts) {
    if (rows > 0) {
      throw new AppError('conflict.restore_target_not_empty', { params: { target, table, rows } });
    }
  }
}
