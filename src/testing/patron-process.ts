import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The real `patron` binary, as `npx patron` runs it. */
export const PATRON_BIN = fileURLToPath(new URL('../../bin/patron.js', import.meta.url));

/** Where a spawned Patron keeps its data: a PGlite data directory or a PostgreSQL database. */
export type PatronStore = { dataDir: string } | { databaseUrl: string };

export type PatronEnvOptions = {
  store: PatronStore;
  keyFile: string;
  extra?: Record<string, string>;
};

/**
 * The environment of a spawned `patron`: only the store given (never the suite's DATABASE_URL
 * by accident), English messages, and no scheduled work that would write rows of its own in the
 * middle of a test (re-scoring, backups).
 */
export function patronEnv({ store, keyFile, extra = {} }: PatronEnvOptions): NodeJS.ProcessEnv {
  const { DATABASE_URL: _suite, DATA_DIR: _dir, ...env } = process.env;
  return {
    ...env,
    ...('dataDir' in store ? { DATA_DIR: store.dataDir } : { DATABASE_URL: store.databaseUrl }),
    PATRON_SECRET_KEY_FILE: keyFile,
    PATRON_LANG: 'en',
    PATRON_SCORING_SCHEDULE: 'off',
    PATRON_BACKUP_SCHEDULE: 'off',
    ...extra,
  };
}

export type Exit = { code: number | null; signal: NodeJS.Signals | null };

/** A running `patron` process with its output collected. */
export class PatronProcess {
  stdout = '';
  stderr = '';
  readonly exited: Promise<Exit>;

  private constructor(readonly child: ChildProcess) {
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (this.stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    this.exited = once(child, 'exit').then(([code, signal]) => ({
      code: code as number | null,
      signal: signal as NodeJS.Signals | null,
    }));
  }

  static start(args: readonly string[], env: NodeJS.ProcessEnv, cwd?: string): PatronProcess {
    return new PatronProcess(spawn('node', [PATRON_BIN, ...args], { env, cwd, stdio: 'pipe' }));
  }

  /** Resolves when stdout shows `text`; rejects with the output if the process ends first. */
  async waitForOutput(text: string): Promise<void> {
    if (this.stdout.includes(text)) return;
    await new Promise<void>((resolve, reject) => {
      const onData = () => {
        if (!this.stdout.includes(text)) return;
        this.child.stdout?.off('data', onData);
        resolve();
      };
      this.child.stdout?.on('data', onData);
      void this.exited.then((exit) =>
        reject(
          new Error(`patron ended (${JSON.stringify(exit)}) before "${text}":\n${this.output()}`),
        ),
      );
    });
  }

  /** kill -9: no signal handler, no close, no flush — as a crash or an OOM kill. */
  async kill9(): Promise<Exit> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    return this.exited;
  }

  /** An orderly stop (SIGTERM: the server closes its database). */
  async stop(): Promise<Exit> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    return this.exited;
  }

  output(): string {
    return `stdout:\n${this.stdout}\nstderr:\n${this.stderr}`;
  }
}

/** Runs `patron …` to its end; throws with the output unless it exits 0. */
export async function runPatron(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd?: string,
): Promise<PatronProcess> {
  const run = PatronProcess.start(args, env, cwd);
  const exit = await run.exited;
  if (exit.code !== 0) {
    throw new Error(`patron ${args.join(' ')} → ${JSON.stringify(exit)}\n${run.output()}`);
  }
  return run;
}

/** A TCP port free right now on 127.0.0.1, for a server spawned next. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
