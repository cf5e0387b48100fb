import { AppError } from '../../domain/app-error.ts';
import { SCORING_SCHEDULES, type ScoringSchedule } from '../scoring/ensure-scheduled-run.ts';

/** Configuration names are part of the contract (README "Configuration"). */
export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  demoPassword: string | undefined;
  secretKeyFile: string;
  /** Scheduled re-scoring (C2.8): a draft run each quarter, or off. */
  scoringSchedule: ScoringSchedule;
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
  return {
    port,
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    demoPassword: env.PATRON_DEMO_PASSWORD || undefined,
    secretKeyFile: env.PATRON_SECRET_KEY_FILE || './.patron-secret.key',
    scoringSchedule,
  };
}
