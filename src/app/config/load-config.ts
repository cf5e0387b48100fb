import { join } from 'node:path';
import { AppError } from '../../domain/app-error.ts';
import { SCORING_SCHEDULES, type ScoringSchedule } from '../scoring/ensure-scheduled-run.ts';
import { BACKUP_SCHEDULES, type BackupSchedule } from '../backup/backup-schedule.ts';
import { loadRetentionSettings, type RetentionSettings } from '../privacy/retention-settings.ts';

/** Configuration names are part of the contract (README "Configuration"). */
export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /**
   * PostgreSQL: a login of the app's own (PATRON_APP_DATABASE_URL, docs/security.md); without
   * it the app's connections are DATABASE_URL's, switched to the app's role (SET ROLE).
   */
  appDatabaseUrl: string | undefined;
  dataDir: string;
  demoPassword: string | undefined;
  secretKeyFile: string;
  /** Scheduled re-scoring (C2.8): a draft run each quarter, or off. */
  scoringSchedule: ScoringSchedule;
  /** Scheduled backups by `patron serve` (C7.8, docs/backups.md): daily, or off. */
  backupSchedule: BackupSchedule;
  /** Where backups go; default DATA_DIR/backups. */
  backupDir: string;
  /** How many scheduled backups to keep (the oldest beyond it are deleted). */
  backupKeep: number;
  /** Where signed audit checkpoints go (C7.5); default DATA_DIR. */
  auditCheckpointDir: string;
  /** Personal-data retention (C7.7, docs/privacy.md): `PATRON_RETENTION_*`. */
  retention: RetentionSettings;
  /**
   * PATRON_TRUST_PROXY: whose X-Forwarded-* headers to believe (docs/security.md). Unset: a
   * proxy on this machine (`loopback`); `none`; `all` (only behind a proxy that overwrites
   * them); or addresses and CIDR ranges separated by commas.
   */
  trustProxy: boolean | string | undefined;
};

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AppError('validation.invalid', { field: 'PORT' });
  }
  const dataDir = env.DATA_DIR || './data';
  const scoringSchedule = (env.PATRON_SCORING_SCHEDULE || 'quarterly') as ScoringSchedule;
  if (!SCORING_SCHEDULES.includes(scoringSchedule)) {
    throw new AppError('validation.enum', { field: 'PATRON_SCORING_SCHEDULE' });
  }
  const backupSchedule = (env.PATRON_BACKUP_SCHEDULE || 'daily') as BackupSchedule;
  if (!BACKUP_SCHEDULES.includes(backupSchedule)) {
    throw new AppError('validation.enum', { field: 'PATRON_BACKUP_SCHEDULE' });
  }
  const backupKeep = Number(env.PATRON_BACKUP_KEEP || 7);
  if (!Number.isInteger(backupKeep) || backupKeep < 1 || backupKeep > 1000) {
    throw new AppError('validation.integer', {
      field: 'PATRON_BACKUP_KEEP',
      params: { min: 1, max: 1000 },
    });
  }
  return {
    port,
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    appDatabaseUrl: env.PATRON_APP_DATABASE_URL || undefined,
    dataDir,
    demoPassword: env.PATRON_DEMO_PASSWORD || undefined,
    secretKeyFile: env.PATRON_SECRET_KEY_FILE || './.patron-secret.key',
    scoringSchedule,
    backupSchedule,
    backupDir: env.PATRON_BACKUP_DIR || join(dataDir, 'backups'),
    backupKeep,
    auditCheckpointDir: env.PATRON_AUDIT_CHECKPOINT_DIR || dataDir,
    retention: loadRetentionSettings(env),
    trustProxy: parseTrustProxy(env.PATRON_TRUST_PROXY),
  };
}

function parseTrustProxy(value: string | undefined): Config['trustProxy'] {
  const text = value?.trim();
  if (!text) return undefined;
  if (text === 'none') return false;
  if (text === 'all') return true;
  return text;
}
