import type { Config } from '../config/load-config.ts';
import type { AppContext } from '../context.ts';
import { withActor } from '../context.ts';
import { writeAuditCheckpoint } from '../audit/write-audit-checkpoint.ts';
import { runScheduledBackup } from './run-scheduled-backup.ts';
import { runRetentionPurge } from '../privacy/run-retention-purge.ts';

type SafeguardConfig = Pick<
  Config,
  'backupSchedule' | 'backupDir' | 'backupKeep' | 'auditCheckpointDir'
> &
  Partial<Pick<Config, 'retention'>>;

/**
 * What `patron serve` runs every hour: a signed audit checkpoint (C7.5), then the daily backup
 * when it is due (C7.8). Each is logged; a failure of one does not stop the other.
 */
export async function runHourlySafeguards(ctx: AppContext, config: SafeguardConfig): Promise<void> {
  const scheduler = withActor(ctx, { kind: 'system', name: 'scheduler' });
  try {
    const { checkpoint, written } = await writeAuditCheckpoint(
      scheduler,
      config.auditCheckpointDir,
    );
    if (written) ctx.log.info('audit checkpoint written', { lastId: checkpoint.lastId });
  } catch (error) {
    ctx.log.error('audit checkpoint failed', { error: String(error) });
  }
  try {
    const backup = await runScheduledBackup(scheduler, {
      schedule: config.backupSchedule,
      dir: config.backupDir,
      keep: config.backupKeep,
    });
    if (backup) ctx.log.info('scheduled backup written', { file: backup.file, rows: backup.rows });
  } catch (error) {
    ctx.log.error('scheduled backup failed', { error: String(error) });
  }
  // The personal-data retention purge (C7.7); idempotent, so running it hourly costs little.
  if (config.retention) {
    try {
      const purge = await runRetentionPurge(scheduler, config.retention);
      if (purge.contacts > 0 || purge.loginIpsHiddenThrough !== null)
        ctx.log.info('retention purge', { ...purge });
    } catch (error) {
      ctx.log.error('retention purge failed', { error: String(error) });
    }
  }
}
