import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startRepeatingJob } from './repeating-job.ts';

/** A run that ends when the test says so. */
function controllableRun() {
  const ends: (() => void)[] = [];
  const run = vi.fn(() => new Promise<void>((resolve) => ends.push(resolve)));
  return { run, endCurrent: () => ends.shift()?.() };
}

describe('a repeating job of patron serve', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs at start and on each tick, but never two runs at once', async () => {
    const { run, endCurrent } = controllableRun();
    const job = startRepeatingJob(run, { everyMs: 1000, atStart: true });
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3000);
    expect(run).toHaveBeenCalledTimes(1);
    endCurrent();
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(2);
    endCurrent();
    await job.stop();
  });

  it('stops only after the run in flight has ended, and runs no more', async () => {
    const { run, endCurrent } = controllableRun();
    const job = startRepeatingJob(run, { everyMs: 1000, atStart: false });
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    let stopped = false;
    const stopping = job.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    endCurrent();
    await stopping;
    expect(stopped).toBe(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
