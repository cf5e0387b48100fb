import { runHourlySafeguards } from '../../app/backup/run-hourly-safeguards.ts';
import type { Config } from '../../app/config/load-config.ts';
import type { AppContext } from '../../app/context.ts';
import { startRepeatingJob, type RepeatingJob } from './repeating-job.ts';

const EVERY_HOUR_MS = 60 * 60 * 1000;

/**
 * `patron serve`'s hourly timer: audit checkpoint, the daily backup when due and the retention
 * purge (C7.5, C7.7, C7.8). Runs once at start; each part logs its own failure.
 */
export function scheduleHourlySafeguards(ctx: AppContext, config: Config): RepeatingJob {
  return startRepeatingJob(() => runHourlySafeguards(ctx, config), {
    everyMs: EVERY_HOUR_MS,
    atStart: true,
  });
}
