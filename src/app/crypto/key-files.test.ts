import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadKeyring, previousKeysPath, rotateKeyFile } from './key-files.ts';
import { open, seal } from './sealed-box.ts';

let dir: string;
let keyFile: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'patron-keys-'));
  keyFile = join(dir, 'secret.key');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('key files and rotation', () => {
  it('creates the key on first use, owner-only, with no previous keys', async () => {
    const keyring = await loadKeyring(keyFile);
    expect(keyring.previous).toEqual([]);
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    expect((await loadKeyring(keyFile)).current.id).toBe(keyring.current.id);
  });

  it('rotates: a new current key, the old one kept as previous, old values still open', async () => {
    const before = await loadKeyring(keyFile);
    const box = seal(before, '家住浦东新区', 'key_person_details:1');
    const ids = await rotateKeyFile(keyFile, new Date('2026-07-01T00:00:00Z'));
    expect(ids.from).toBe(before.current.id);
    const after = await loadKeyring(keyFile);
    expect(after.current.id).toBe(ids.to);
    expect(after.current.id).not.toBe(before.current.id);
    expect(after.previous.map((k) => k.id)).toEqual([before.current.id]);
    expect(open(after, box, 'key_person_details:1')).toBe('家住浦东新区');
    expect((await stat(previousKeysPath(keyFile))).mode & 0o777).toBe(0o600);
    await rotateKeyFile(keyFile, new Date('2026-10-01T00:00:00Z'));
    expect((await loadKeyring(keyFile)).previous.map((k) => k.id)).toEqual([
      after.current.id,
      before.current.id,
    ]);
    expect(await readFile(previousKeysPath(keyFile), 'utf8')).toContain('# retired 2026-07-01');
  });

  it('refuses a previous-keys file with a line that is not a key, naming the line', async () => {
    await loadKeyring(keyFile);
    await writeFile(previousKeysPath(keyFile), '# comment\nbm90IGEga2V5\n', { mode: 0o600 });
    await expect(loadKeyring(keyFile)).rejects.toThrow(/line 2/);
  });
});
