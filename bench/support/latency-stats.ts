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
 * Runs `call` one after another: `warmUp` unmeasured times, then `count` timed ones. Sequential
 * on purpose: these scenarios measure the latency of one request, not throughput.
 */
export async function timeSequential(
  count: number,
  warmUp: number,
  call: (i: number) => Promise<unknown>,
): Promise<LatencyStats> {
  for (let i = 0; i < warmUp; i++) await call(i);
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await call(i);
    samples.push(performance.now() - start);
  }
  return latencyStats(samples);
}
