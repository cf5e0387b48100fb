/** A job `patron serve` runs on a timer; `stop` waits for a run in flight to end. */
export type RepeatingJob = { stop(): Promise<void> };

/**
 * Runs `run` now (when `atStart`) and every `everyMs`, never two at once: a run still going
 * when the next tick comes is skipped. `stop` clears the timer and waits for the run in flight,
 * so the server closes the database only after its last job has let go of it (a purge cut off
 * by the close used to log "PGlite is closed" at every shutdown).
 */
export function startRepeatingJob(
  run: () => Promise<void>,
  options: { everyMs: number; atStart: boolean },
): RepeatingJob {
  let inFlight: Promise<void> | null = null;
  const tick = () => {
    if (inFlight) return;
    inFlight = run().finally(() => (inFlight = null));
  };
  if (options.atStart) tick();
  const timer = setInterval(tick, options.everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await inFlight;
    },
  };
}
