type Step = { label: string; run: () => Promise<void>; done: boolean };

const steps: Step[] = [];

/**
 * Registers a resource to release (server, pool, database, temp dir). Returns a function that
 * releases it early; whatever is still registered is released, newest first, by `cleanUpAll` —
 * also on Ctrl-C, so an interrupted run leaves no scratch database or temp directory behind.
 */
export function deferCleanup(label: string, run: () => Promise<void>): () => Promise<void> {
  const step: Step = { label, run, done: false };
  steps.push(step);
  return () => runStep(step);
}

export async function cleanUpAll(): Promise<void> {
  for (const step of [...steps].reverse()) await runStep(step);
}

async function runStep(step: Step): Promise<void> {
  if (step.done) return;
  step.done = true;
  steps.splice(steps.indexOf(step), 1);
  try {
    await step.run();
  } catch (error) {
    console.error(`bench: cleaning up ${step.label} failed:`, error);
  }
}

export function cleanUpOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\nbench: ${signal}, cleaning up…`);
      void cleanUpAll().finally(() => process.exit(130));
    });
  }
}
