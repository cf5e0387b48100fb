import { AppError } from '../../domain/app-error.ts';

/** Configuration names are part of the contract (README "Configuration"). */
export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  demoPassword: string | undefined;
  secretKeyFile: string;
};

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AppError('validation.invalid', { field: 'PORT' });
  }
  const dataDir = env.DATA_DIR || './data';
  return {
    port,
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    demoPassword: env.PATRON_DEMO_PASSWORD || undefined,
    secretKeyFile: env.PATRON_SECRET_KEY_FILE || './.patron-secret.key',
  };
}
