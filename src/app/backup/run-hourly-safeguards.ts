import type { Config } from '../config/load-config.ts';
import type { AppContext } from '../context.ts';
import { withActor } from '../context.ts';
import { writeAuditCheckpoint } from '../audit/write-audit-checkpoint.ts';
import { runScheduledBackup } from './run-scheduled-backup.ts';

type SafeguardConfig = Pick<
  Config,
  'backupSchedule' | 'backupDir' | 'backupKeep' | 'auditCheckpointDir'
>;

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
}
