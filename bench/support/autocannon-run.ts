import type { Result } from 'autocannon';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';

export type LoadTest = {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  durationSeconds: number;
};

export type LoadResult = {
  requestsPerSecond: number;
  /** Latency percentiles in ms (autocannon records whole milliseconds). */
  p50: number;
  p975: number;
  p99: number;
  requests: number;
};

const AUTOCANNON_CLI = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

/**
 * Runs autocannon in a child process: in this process its client would share the event loop
 * with the server under test and slow both. Every answer must be 2xx, or the run fails: a
 * fast stream of 401s or 500s is not a result.
 */
export async function runAutocannon(test: LoadTest): Promise<LoadResult> {
  const args = [AUTOCANNON_CLI, '--json', '--no-progress'];
  args.push('-c', String(test.connections), '-d', String(test.durationSeconds));
  for (const [name, value] of Object.entries(test.headers ?? {}))
    args.push('-H', `${name}: ${value}`);
  args.push(test.url);
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 }, (error, out, err) => {
      if (error) reject(new Error(`autocannon failed: ${error.message}\n${err}`));
      else resolve(out);
    });
  });
  const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Result;
  if (result.non2xx > 0 || result.errors > 0 || result['2xx'] === 0) {
    throw new Error(
      `autocannon ${test.url}: ${result['2xx']} ok, ${result.non2xx} non-2xx, ${result.errors} errors`,
    );
  }
  return {
    requestsPerSecond: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p975: result.latency.p97_5,
    p99: result.latency.p99,
    requests: result['2xx'],
  };
}

/**
 * Measures two targets the same way: one unmeasured warm-up run each (JIT, plans, caches),
 * then `rounds` alternating measured runs, keeping each target's best. Other work on the
 * machine can only slow a run down, so the best run is the least disturbed one, and
 * alternating gives both targets the same chances.
 */
export async function compareLoad(
  first: LoadTest,
  second: LoadTest,
  rounds = 2,
): Promise<[LoadResult, LoadResult]> {
  const warmUp = Math.max(2, Math.round(first.durationSeconds / 3));
  await runAutocannon({ ...first, durationSeconds: warmUp });
  await runAutocannon({ ...second, durationSeconds: warmUp });
  let best: [LoadResult | undefined, LoadResult | undefined] = [undefined, undefined];
  for (let round = 0; round < rounds; round++) {
    const a = await runAutocannon(first);
    const b = await runAutocannon(second);
    best = [better(best[0], a), better(best[1], b)];
  }
  return [best[0]!, best[1]!];
}

function better(current: LoadResult | undefined, candidate: LoadResult): LoadResult {
  return !current || candidate.requestsPerSecond > current.requestsPerSecond ? candidate : current;
}
