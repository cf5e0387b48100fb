import { runHourlySafeguards } from '../../app/backup/run-hourly-safeguards.ts';
import type { Config } from '../../app/config/load-config.ts';
import type { AppContext } from '../../app/context.ts';

const EVERY_HOUR_MS = 60 * 60 * 1000;

/**
 * `patron serve`'s hourly timer: audit checkpoint, and the daily backup when due (C7.5, C7.8).
 * Runs once at start; a run still going when the next tick comes is not overlapped.
 */
export function scheduleHourlySafeguards(ctx: AppContext, config: Config): NodeJS.Timeout {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    void runHourlySafeguards(ctx, config).finally(() => (running = false));
  };
  tick();
  const timer = setInterval(tick, EVERY_HOUR_MS);
  timer.unref();
  return timer;
}
