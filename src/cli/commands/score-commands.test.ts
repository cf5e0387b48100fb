import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../../bin/patron.js');
let dir: string;

/** The real `patron` binary on its own embedded database (never the suite's PostgreSQL). */
function patron(...args: string[]) {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  return run('node', [BIN, ...args], {
    env: {
      ...env,
      DATA_DIR: join(dir, 'data'),
      PATRON_SECRET_KEY_FILE: join(dir, 'key'),
      PATRON_LANG: 'zh-CN',
    },
    cwd: dir,
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'patron-score-cli-'));
  await patron('demo', '--customers', '40');
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('patron score (C2.8)', () => {
  it('creates and computes a run with the adopted model, then moves it on', async () => {
    const { stdout, stderr } = await patron(
      'score',
      'run',
      '--period',
      '2025',
      '--appeal-days',
      '0',
    );
    expect(stderr).toContain('[2/2] 计算得分');
    expect(stdout).toMatch(/评估 #(\d+) 2025：已计算 40 个客户/);
    const id = /#(\d+)/.exec(stdout)?.[1];
    expect((await patron('score', 'review', id!)).stdout).toContain('under_review');
    expect((await patron('score', 'publish', id!)).stdout).toContain('published');
    expect((await patron('score', 'finalise', id!)).stdout).toContain('final');
    expect((await patron('score', 'list')).stdout).toContain(`#${id}\t2025\tfinal`);
  }, 120_000);

  it('names a bad period and exits non-zero', async () => {
    const failure = await patron('score', 'run', '--period', '2025-Q9').catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: expect.any(Number) });
    expect((failure as { stderr: string }).stderr).toContain('评估期间');
  }, 60_000);
});
