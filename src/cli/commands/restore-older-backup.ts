import { join } from 'node:path';
import type { BackupManifest } from '../../app/backup/backup-manifest.ts';
import { checkMigratedRestore } from '../../app/backup/check-migrated-restore.ts';
import { openBackupFile } from '../../app/backup/open-backup-file.ts';
import { restoreBackup } from '../../app/backup/restore-backup.ts';
import { loadConfig } from '../../app/config/load-config.ts';
import type { AppContext } from '../../app/context.ts';
import { loadKeyring } from '../../app/crypto/key-files.ts';
import { consoleLog, randomIds, systemClock } from '../../app/system-services.ts';
import {
  migrationsFolderUpTo,
  ownMigrations,
  placeOfLevel,
} from '../../db/backup/migrations-up-to.ts';
import { openAtMigrationLevel } from '../../db/backup/open-at-migration-level.ts';
import { AppError } from '../../domain/app-error.ts';
import { lockDataDir } from '../data-dir-lock.ts';
import { osUserName } from '../os-user.ts';
import { reportError, runCommand } from '../run-command.ts';
import {
  checkpointAfterRestore,
  printChecks,
  restoreProgressBars,
  targetName,
} from './restore-steps.ts';

/**
 * `patron restore` of a backup made at an earlier migration level (docs/backups.md). Returns
 * false for a backup at this Patron's own level (the usual restore follows). Otherwise it does
 * the whole restore and returns true: the empty target is migrated only up to the backup's
 * level, the backup restored there in one transaction with every check, and then the database
 * is opened as always, which runs the newer migrations over the restored rows; the audit chain
 * and the encrypted values are checked again after that. A backup of a level this Patron does
 * not know (a newer Patron's) is refused before anything is opened.
 */
export async function restoredAtOlderLevel(file: string): Promise<boolean> {
  let manifest: BackupManifest;
  try {
    manifest = (await openBackupFile(file)).manifest;
    const place = placeOfLevel(manifest.migrations);
    if (place === 'current') return false;
    if (place === 'unknown') {
      throw new AppError('conflict.backup_newer', {
        params: { backup: manifest.migrations.count, current: ownMigrations().length },
      });
    }
    await restoreAtBackupLevel(file, manifest.migrations.count);
  } catch (error) {
    reportError(error);
    return true;
  }
  const level = manifest.migrations.count;
  await runCommand(async ({ ctx, config }) => {
    console.log(
      `已升级数据库结构 migrated from level ${level} to ${ownMigrations().length} (${targetName(config)})`,
    );
    printChecks(await checkMigratedRestore(ctx, manifest));
    await checkpointAfterRestore(ctx, config);
  });
  return true;
}

/** The restore itself, on the target opened at the backup's level as its owner. */
async function restoreAtBackupLevel(file: string, level: number): Promise<void> {
  const config = loadConfig(process.env);
  const unlock = config.databaseUrl ? async () => {} : await lockDataDir(config.dataDir);
  const migrations = await migrationsFolderUpTo(level);
  try {
    const keyring = await loadKeyring(config.secretKeyFile);
    const store = await openAtMigrationLevel(
      { databaseUrl: config.databaseUrl, dataDir: join(config.dataDir, 'pglite') },
      migrations.folder,
    );
    try {
      const ctx: AppContext = {
        db: store.db,
        // The owner for every actor: this context only restores, as the local operator.
        dbFor: () => store.db,
        policiesBindFor: () => false,
        engine: store.engine,
        actor: { kind: 'system', name: `cli:${osUserName()}` },
        clock: systemClock,
        ids: randomIds,
        log: consoleLog,
        keyring,
      };
      const bars = restoreProgressBars();
      const result = await restoreBackup(ctx, file, targetName(config), bars.onProgress).finally(
        () => bars.done(),
      );
      console.log(
        `恢复完成 restored the backup of ${result.createdAt} into ${targetName(config)} at its migration level ${level}`,
      );
      printChecks(result.checks);
    } finally {
      await store.close();
    }
  } finally {
    await migrations.dispose();
    await unlock();
  }
}
