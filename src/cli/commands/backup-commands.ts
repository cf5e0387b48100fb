import type { Command } from 'commander';
import { join, resolve } from 'node:path';
import { latestCheckpoint } from '../../app/audit/checkpoint-file.ts';
import { writeAuditCheckpoint } from '../../app/audit/write-audit-checkpoint.ts';
import { backupFileName } from '../../app/backup/backup-schedule.ts';
import { createBackup } from '../../app/backup/create-backup.ts';
import { restoreBackup, type RestorePhase } from '../../app/backup/restore-backup.ts';
import { verifyBackupFile } from '../../app/backup/verify-backup-file.ts';
import type { Config } from '../../app/config/load-config.ts';
import { progressBar } from '../progress-bar.ts';
import { reportError, runCommand } from '../run-command.ts';

/** The database a restore writes to, for messages: never a password. */
function targetName(config: Config): string {
  if (!config.databaseUrl) return resolve(join(config.dataDir, 'pglite'));
  const url = new URL(config.databaseUrl);
  url.password = '';
  return url.toString();
}

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
      await runCommand(async ({ ctx, config }) => {
        const bars = new Map<RestorePhase, ReturnType<typeof progressBar>>();
        const result = await restoreBackup(ctx, file, targetName(config), (phase, done, total) => {
          if (!bars.has(phase)) {
            for (const bar of bars.values()) bar.done();
            bars.set(phase, progressBar(phase === 'verify' ? '校验 verify' : '恢复 restore'));
          }
          bars.get(phase)!.update(done, total, done);
        });
        for (const bar of bars.values()) bar.done();
        console.log(
          `恢复完成 restored the backup of ${result.createdAt} into ${targetName(config)}`,
        );
        for (const { check, detail } of result.checks) console.log(`  ✓ ${check}: ${detail}`);
        await checkpointAfterRestore(ctx, config);
      });
    });
}

/**
 * The restored log ends where the backup did; the checkpoint file may still vouch for rows
 * written after it. Say so, then checkpoint the restored end so `audit verify` checks from here.
 */
async function checkpointAfterRestore(
  ctx: Parameters<typeof writeAuditCheckpoint>[0],
  config: Config,
): Promise<void> {
  const before = await latestCheckpoint(config.auditCheckpointDir);
  const { checkpoint } = await writeAuditCheckpoint(ctx, config.auditCheckpointDir);
  if (before && before !== 'malformed' && before.lastId >= checkpoint.lastId) {
    console.log(
      `注意 note: the previous audit checkpoint (${before.at}) covered rows up to ${before.lastId}; ` +
        `rows written after the backup are not in it`,
    );
  }
  console.log(`审计检查点 audit checkpoint written at row ${checkpoint.lastId}`);
}
