import { sql } from 'drizzle-orm';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ENGINE } from '../testing/open-test-db.ts';
import { patronEnv, PatronProcess, runPatron } from '../testing/patron-process.ts';
import { mixSeed, Random } from './demo/random.ts';
import { MIGRATIONS_FOLDER } from './migrations-folder.ts';
import { openPglite } from './open-pglite.ts';
import { queryRows } from './query-rows.ts';

/**
 * kill -9 of a first start, while PGlite creates the data directory (docs/security.md,
 * "Durability"). PGlite writes a new directory file by file and takes any directory holding
 * `PG_VERSION` for a database; a directory cut off between the two never opened again. Each
 * case kills `patron migrate` on a fresh DATA_DIR, then the next start must open it, whole and
 * migrated. PGlite only: a PostgreSQL database is created by its server, not by Patron (the
 * PostgreSQL run skips this file).
 */

const SEEDS = [11];
let baseDir: string;
let runs = 0;

beforeAll(async () => {
  baseDir = await mkdtemp(join(tmpdir(), 'patron-first-start-kill-'));
});
afterAll(async () => {
  await rm(baseDir, { recursive: true, force: true });
});

function freshDataDir() {
  const dataDir = join(baseDir, `data-${++runs}`);
  return { dataDir, env: patronEnv({ store: { dataDir }, keyFile: join(baseDir, 'key') }) };
}

const migrations = () =>
  (
    JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as {
      entries: unknown[];
    }
  ).entries.length;

/** The next start opens the directory and finds every migration applied. */
async function expectStartsAgain(dataDir: string, env: NodeJS.ProcessEnv, where: string) {
  const again = PatronProcess.start(['migrate'], env);
  const exit = await again.exited;
  expect(exit.code, `${where}: the next start\n${again.output()}`).toBe(0);
  const handle = await openPglite(join(dataDir, 'pglite'));
  try {
    const [row] = await queryRows<{ n: number }>(
      handle.db,
      sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`,
    );
    expect(row!.n, where).toBe(migrations());
  } finally {
    await handle.close();
  }
}

describe.runIf(TEST_ENGINE === 'pglite')('kill -9 of a first start (PGlite data directory)', () => {
  /** Milliseconds of a whole first start here (initdb, migrations), measured once. */
  let full = 0;
  beforeAll(async () => {
    const probe = freshDataDir();
    const started = performance.now();
    await runPatron(['migrate'], probe.env);
    full = performance.now() - started;
    await rm(probe.dataDir, { recursive: true, force: true });
  }, 120_000);

  it('killed the moment PG_VERSION is written, the directory still opens on the next start', async () => {
    const { dataDir, env } = freshDataDir();
    // Wherever the new directory is written (in place, or beside it to be renamed), kill as soon
    // as its PG_VERSION exists and before PGlite has written the rest.
    const markers = [
      join(dataDir, 'pglite', 'PG_VERSION'),
      join(dataDir, 'pglite.creating', 'PG_VERSION'),
    ];
    const first = PatronProcess.start(['migrate'], env);
    let killedWith: string[] | null = null;
    const watch = setInterval(() => {
      const hit = markers.find((marker) => existsSync(marker));
      if (!hit || killedWith) return;
      first.child.kill('SIGKILL');
      killedWith = readdirSync(join(hit, '..'));
    }, 1);
    const exit = await first.exited;
    clearInterval(watch);
    expect(
      exit.signal,
      `never saw PG_VERSION before the first start ended\n${first.output()}`,
    ).toBe('SIGKILL');
    expect(killedWith).not.toBeNull();
    await expectStartsAgain(dataDir, env, 'killed at PG_VERSION');
  }, 120_000);

  it.each(SEEDS)(
    'killed at the point of seed %i of a first start, the next start opens and migrates',
    async (seed) => {
      const { dataDir, env } = freshDataDir();
      const delay = Math.round(new Random(mixSeed(seed, 0x1d1)).next() * full);
      const where = `seed ${seed}: kill -9 after ${delay} ms of a ${Math.round(full)} ms first start`;
      const first = PatronProcess.start(['migrate'], env);
      await new Promise((resolve) => setTimeout(resolve, delay));
      await first.kill9();
      await expectStartsAgain(dataDir, env, where);
    },
    120_000,
  );
});
