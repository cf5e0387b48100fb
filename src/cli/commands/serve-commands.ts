import type { Command } from 'commander';
import { fileURLToPath } from 'node:url';
import { buildServer } from '../../api/build-server.ts';
import { ensureSecretKey } from '../../app/config/ensure-secret-key.ts';
import { openRuntime, type Runtime } from '../open-runtime.ts';
import { reportError } from '../run-command.ts';
import { ensureWebBuilt } from '../ensure-web-built.ts';
import { loadDemoIfEmpty } from '../load-demo-if-empty.ts';
import { runMaintenance } from '../../app/maintenance/run-maintenance.ts';
import {
  ensureScheduledRun,
  type ScoringSchedule,
} from '../../app/scoring/ensure-scheduled-run.ts';
import type { AppContext } from '../../app/context.ts';
import { scheduleHourlySafeguards } from './hourly-safeguards-timer.ts';
import { startRepeatingJob, type RepeatingJob } from './repeating-job.ts';

const WEB_ROOT = fileURLToPath(new URL('../../../dist/web', import.meta.url));

export function registerServeCommands(program: Command): void {
  program
    .command('serve')
    .description('启动服务 Serve the API and the web app')
    .option('-p, --port <port>', 'port (default PORT or 3000)')
    .option('-H, --host <host>', 'host (default HOST or 127.0.0.1)')
    .action(async (options: { port?: string; host?: string }) => {
      await serve(
        {
          ...process.env,
          ...(options.port ? { PORT: options.port } : {}),
          ...(options.host ? { HOST: options.host } : {}),
        },
        false,
      );
    });

  program
    .command('build-web')
    .description('构建网页（如已是最新则跳过） Build the web app if its sources changed')
    .action(async () => {
      await ensureWebBuilt().catch(reportError);
    });

  program
    .command('start')
    .description(
      '一步启动：迁移、空库时载入演示数据、构建网页、启动服务 Migrate, load demo data into an empty database, build the web app, serve',
    )
    .action(async () => {
      await serve(process.env, true);
    });
}

async function serve(env: NodeJS.ProcessEnv, firstRun: boolean): Promise<void> {
  let runtime: Runtime | undefined;
  try {
    if (firstRun) await ensureWebBuilt();
    runtime = await openRuntime(env);
    await ensureSecretKey(runtime.config.secretKeyFile);
    if (firstRun) await loadDemoIfEmpty(runtime);
    const app = await buildServer(runtime.ctx, {
      webRoot: WEB_ROOT,
      logger: env.PATRON_LOG === 'debug',
      trustProxy: runtime.config.trustProxy,
      retention: runtime.config.retention,
    });
    const { port, host } = runtime.config;
    await app.listen({ port, host });
    console.log(
      `Patron 已启动 running at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}  (database: ${runtime.handle.engine})`,
    );
    const maintenance = scheduleMaintenance(runtime.ctx, runtime.config.scoringSchedule);
    const safeguards = scheduleHourlySafeguards(runtime.ctx, runtime.config);
    const stop = async () => {
      await Promise.all([maintenance.stop(), safeguards.stop()]);
      await app.close();
      await runtime?.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    reportError(error);
    await runtime?.close();
  }
}

const MAINTENANCE_EVERY_MS = 6 * 60 * 60 * 1000;

/** Housekeeping and scheduled re-scoring (C2.8): re-scoring once at start, both every six hours. */
function scheduleMaintenance(ctx: AppContext, schedule: ScoringSchedule): RepeatingJob {
  const rescore = () =>
    ensureScheduledRun(ctx, schedule)
      .then((run) => {
        if (run) ctx.log.info('scheduled evaluation run', { id: run.id, period: run.periodLabel });
      })
      .catch((error: unknown) =>
        ctx.log.error('scheduled re-scoring failed', { error: String(error) }),
      );
  let started = false;
  return startRepeatingJob(
    async () => {
      // The first run only re-scores; housekeeping waits for the first six hours to pass.
      const housekeeping = started
        ? runMaintenance(ctx).catch((error: unknown) =>
            ctx.log.error('maintenance failed', { error: String(error) }),
          )
        : undefined;
      started = true;
      await Promise.all([housekeeping, rescore()]);
    },
    { everyMs: MAINTENANCE_EVERY_MS, atStart: true },
  );
}
