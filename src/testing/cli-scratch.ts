import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PATRON_BIN, patronEnv } from './patron-process.ts';

export type CliResult = { code: number; out: string; err: string };

/** A directory with its own embedded database and key, where tests run `patron` commands. */
export type CliScratch = {
  /** The PGlite data directory the commands use. */
  pgliteDir: string;
  /** Runs `patron …` to its end, in Chinese; a failure is a result, not a throw. */
  run(...args: string[]): Promise<CliResult>;
  remove(): Promise<void>;
};

/** A scratch store with `customers` demo customers loaded (never the suite's PostgreSQL). */
export async function cliScratch(prefix: string, customers: number): Promise<CliScratch> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const env = patronEnv({
    store: { dataDir: join(dir, 'data') },
    keyFile: join(dir, 'key'),
    extra: { PATRON_LANG: 'zh-CN' },
  });
  const run = (...args: string[]) =>
    new Promise<CliResult>((resolve) => {
      execFile('node', [PATRON_BIN, ...args], { env, cwd: dir }, (error, out, err) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, out, err });
      });
    });
  const demo = await run('demo', '--customers', String(customers));
  if (demo.code !== 0) throw new Error(`patron demo failed:\n${demo.err}`);
  return {
    pgliteDir: join(dir, 'data', 'pglite'),
    run,
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
