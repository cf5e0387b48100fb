import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockDataDir, startTimeOf } from './data-dir-lock.ts';

let dir: string;
const lockFile = () => join(dir, 'patron.pid');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'patron-lock-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

// The parent (vitest's main process) is alive for the whole test: a stand-in for another holder.
const other = process.ppid;

describe('the data-directory lock after a crash', () => {
  it('refuses a directory whose holder still runs, naming its pid', async () => {
    await writeFile(lockFile(), `${other} ${startTimeOf(other) ?? ''}`);
    await expect(lockDataDir(dir)).rejects.toThrow(`in use by process ${other}`);
  });

  it('takes over the lock of a process that is gone (kill -9 leaves the file behind)', async () => {
    await writeFile(lockFile(), '999999999 12345');
    const unlock = await lockDataDir(dir);
    expect((await readFile(lockFile(), 'utf8')).split(' ')[0]).toBe(String(process.pid));
    await unlock();
    expect(existsSync(lockFile())).toBe(false);
  });

  it.runIf(existsSync('/proc/self/stat'))(
    'takes over a lock whose pid now belongs to another process (a reused pid after a restart)',
    async () => {
      await writeFile(lockFile(), `${other} 1`);
      const unlock = await lockDataDir(dir);
      expect(await readFile(lockFile(), 'utf8')).toBe(`${process.pid} ${startTimeOf(process.pid)}`);
      await unlock();
    },
  );

  it('keeps refusing a live pid of an older lock file that holds no start time', async () => {
    await writeFile(lockFile(), String(other));
    await expect(lockDataDir(dir)).rejects.toThrow(`in use by process ${other}`);
  });
});
