import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../../src/db/open-db.ts';
import type { DbHandle } from '../../src/db/db-types.ts';

/**
 * A server of the journey's own, on PGlite in a fresh data directory, that the journey may stop
 * and start again. The shared server of global-setup.ts cannot be touched from a spec: PGlite
 * admits one process per data directory, so a journey that must change a row the API offers no
 * way to change (the end of an appeal window) stops its own server, changes the row, and starts
 * it again on the same port. Sessions live in the database, so the browsers stay signed in.
 */
export type RestartableServer = {
  baseUrl: string;
  /** Stops the server, runs `change` on its database, starts it again. */
  whileStopped(change: (handle: DbHandle) => Promise<void>): Promise<void>;
  close(): Promise<void>;
};

export async function startRestartableServer(options: {
  password: string;
  customers: number;
}): Promise<RestartableServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'patron-e2e-own-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    PATRON_DEMO_PASSWORD: options.password,
    PATRON_SECRET_KEY_FILE: join(dataDir, 'secret.key'),
  };
  // Always PGlite here: the journey's point is the app, and CI's PostgreSQL run covers the rest.
  delete env.DATABASE_URL;
  const demo = spawnSync(
    'node',
    ['bin/patron.js', 'demo', '--customers', String(options.customers), '--seed', '7'],
    { env, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (demo.status !== 0) throw new Error(`patron demo failed with exit ${demo.status}`);

  const baseUrl = `http://127.0.0.1:${port}`;
  let server: ChildProcess | undefined;
  const start = async () => {
    server = spawn('node', ['bin/patron.js', 'serve'], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitForHealth(baseUrl);
  };
  const stop = async () => {
    if (!server || server.exitCode !== null) return;
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  };
  await start();

  return {
    baseUrl,
    async whileStopped(change) {
      await stop();
      const handle = await openDb({ dataDir: join(dataDir, 'pglite') });
      try {
        await change(handle);
      } finally {
        await handle.close();
      }
      await start();
    },
    async close() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function waitForHealth(baseUrl: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`${baseUrl}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server at ${baseUrl} did not become healthy`);
}
