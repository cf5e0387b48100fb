import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliScratch, type CliScratch } from '../../testing/cli-scratch.ts';

let cli: CliScratch;

beforeAll(async () => {
  cli = await cliScratch('patron-score-cli-', 40);
}, 120_000);
afterAll(async () => {
  await cli.remove();
});

describe('patron score (C2.8)', () => {
  it('creates and computes a run with the adopted model, then moves it on', async () => {
    const { out: stdout, err: stderr } = await cli.run(
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
    expect((await cli.run('score', 'review', id!)).out).toContain('under_review');
    expect((await cli.run('score', 'publish', id!)).out).toContain('published');
    expect((await cli.run('score', 'finalise', id!)).out).toContain('final');
    expect((await cli.run('score', 'list')).out).toContain(`#${id}\t2025\tfinal`);
  }, 120_000);

  it('names a bad period and exits non-zero', async () => {
    const failure = await cli.run('score', 'run', '--period', '2025-Q9');
    expect(failure.code).not.toBe(0);
    expect(failure.err).toContain('评估期间');
  }, 60_000);
});
