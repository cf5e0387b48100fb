import type { Command } from 'commander';
import { join } from 'node:path';
import { backupFileName } from '../../app/backup/backup-schedule.ts';
import { createBackup } from '../../app/backup/create-backup.ts';
import { restoreBackup } from '../../app/backup/restore-backup.ts';
import { verifyBackupFile } from '../../app/backup/verify-backup-file.ts';
import { progressBar } from '../progress-bar.ts';
import { reportError, runCommand } from '../run-command.ts';
import { restoredAtOlderLevel } from './restore-older-backup.ts';
import {
  checkpointAfterRestore,
  printChecks,
  restoreProgressBars,
  targetName,
} from './restore-steps.ts';

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

export function registerBackupCommands(program: Command): void {
  const backup = program
    .command('backup')
    .description('备份数据库（不含加密密钥） Back up the database (not the encryption key)')
    .option('-o, --out <file>', 'backup file (default PATRON_BACKUP_DIR/patron-backup-<time>.tar)')
    .action(async (options: { out?: string }) => {
      await runCommand(async ({ ctx, config }) => {
        const file = options.out ?? join(config.backupDir, backupFileName(ctx.clock.now()));
        const bar = progressBar('备份 backup');
        const result = await createBackup(ctx, file, (done, total) =>
          bar.update(done, total, done),
        );
        bar.done();
        console.log(
          `备份完成 backup written: ${result.file} (${result.tables} tables, ${result.rows} rows, ${mib(result.bytes)})`,
        );
        console.log(
          `请另行备份密钥文件 keep a copy of the key file ${config.secretKeyFile} apart from it`,
        );
      });
    });

  backup
    .command('verify <file>')
    .description(
      '校验备份文件（不恢复） Check a backup file against its manifest, without restoring',
    )
    .action(async (file: string) => {
      try {
        const bar = progressBar('校验 verify');
        const check = await verifyBackupFile(file, (done, total) => bar.update(done, total, done));
        bar.done();
        const { createdAt, engine, patronVersion } = check.manifest;
        console.log(
          `备份完好 backup intact: ${check.tables} tables, ${check.rows} rows (made ${createdAt} on ${engine}, Patron ${patronVersion})`,
        );
      } catch (error) {
        reportError(error);
      }
    });

  program
    .command('restore <file>')
    .description('将备份恢复到空数据库 Restore a backup into the configured, empty database')
    .action(async (file: string) => {
      // A backup of an earlier migration level is restored at its level, then migrated.
      if (await restoredAtOlderLevel(file)) return;
      await runCommand(async ({ ctx, config, handle }) => {
        // The one command that acts as the owner: a restore drops and adds foreign keys and
        // loads by COPY, which row-level security refuses the app's role (docs/security.md).
        const asOwner = { ...ctx, db: handle.ownerDb };
        const bars = restoreProgressBars();
        const result = await restoreBackup(asOwner, file, targetName(config), bars.onProgress);
        bars.done();
        console.log(
          `恢复完成 restored the backup of ${result.createdAt} into ${targetName(config)}`,
        );
        printChecks(result.checks);
        await checkpointAfterRestore(ctx, config);
      });
    });
}
