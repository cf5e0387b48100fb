export type LatencyStats = { count: number; p50: number; p95: number; p99: number; max: number };

/** Nearest-rank percentiles of latencies in milliseconds. */
export function latencyStats(samplesMs: readonly number[]): LatencyStats {
  if (samplesMs.length === 0) throw new Error('latency stats of no samples');
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  return {
    count: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: sorted[sorted.length - 1]!,
  };
}

/**
 * Times `app` and `baseline` once per round, in turn, for `count` rounds after `warmUp`
 * unmeasured ones. Sequential on purpose (these scenarios measure the latency of one request,
 * not throughput), and interleaved so that other work on the machine slows both alike.
 */
export async function timeInterleaved(
  count: number,
  warmUp: number,
  app: (round: number) => Promise<unknown>,
  baseline: (round: number) => Promise<unknown>,
): Promise<{ app: LatencyStats; baseline: LatencyStats }> {
  const timed = async (call: (round: number) => Promise<unknown>, round: number) => {
    const start = performance.now();
    await call(round);
    return performance.now() - start;
  };
  const appSamples: number[] = [];
  const baselineSamples: number[] = [];
  for (let round = -warmUp; round < count; round++) {
    const appMs = await timed(app, round + warmUp);
    const baselineMs = await timed(baseline, round + warmUp);
    if (round < 0) continue;
    appSamples.push(appMs);
    baselineSamples.push(baselineMs);
  }
  return { app: latencyStats(appSamples), baseline: latencyStats(baselineSamples) };
}
