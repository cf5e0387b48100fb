import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

export const E2E_PASSWORD = 'E2e-demo-password-1';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    password: string;
  }
}

let server: ChildProcess | undefined;
let dataDir: string | undefined;
let scratchDb: { admin: string; name: string } | undefined;

/** Builds the web app, loads demo data into a fresh database and starts the real server. */
export async function setup(project: TestProject): Promise<void> {
  const port = await freePort();
  dataDir = mkdtempSync(join(tmpdir(), 'patron-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    PATRON_DEMO_PASSWORD: E2E_PASSWORD,
    PATRON_SECRET_KEY_FILE: join(dataDir, 'secret.key'),
  };
  if (process.env.DATABASE_URL) {
    scratchDb = { admin: process.env.DATABASE_URL, name: `patron_e2e_${process.pid}` };
    await admin(scratchDb.admin, `DROP DATABASE IF EXISTS ${scratchDb.name}`);
    await admin(scratchDb.admin, `CREATE DATABASE ${scratchDb.name}`);
    const url = new URL(scratchDb.admin);
    url.pathname = `/${scratchDb.name}`;
    env.DATABASE_URL = url.toString();
  }
  run(['node', 'bin/patron.js', 'build-web'], env);
  run(['node', 'bin/patron.js', 'demo', '--customers', '300', '--seed', '7'], env);
  server = spawn('node', ['bin/patron.js', 'serve'], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl);
  project.provide('baseUrl', baseUrl);
  project.provide('password', E2E_PASSWORD);
}

export async function teardown(): Promise<void> {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((resolve) => server?.once('exit', resolve));
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  if (scratchDb) await admin(scratchDb.admin, `DROP DATABASE IF EXISTS ${scratchDb.name}`);
}

function run(command: string[], env: NodeJS.ProcessEnv): void {
  const [bin = 'node', ...args] = command;
  const result = spawnSync(bin, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0)
    throw new Error(`${command.join(' ')} failed with exit ${result.status}`);
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(statement).finally(() => client.end());
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
