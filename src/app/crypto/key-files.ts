import { randomBytes } from 'node:crypto';
import { appendFile, chmod, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { ensureSecretKey } from '../config/ensure-secret-key.ts';
import { KEY_BYTES, keyIdOf, makeKeyring, type Keyring } from './keyring.ts';

/**
 * Key files (docs/privacy.md): the current key in PATRON_SECRET_KEY_FILE (base64, created on
 * first start), retired keys one per line in the same path + `.previous`, so values sealed
 * before a rotation still open until they are re-sealed.
 */
export function previousKeysPath(keyFile: string): string {
  return `${keyFile}.previous`;
}

function parseKey(line: string, where: string): Buffer {
  const key = Buffer.from(line, 'base64');
  if (key.length !== KEY_BYTES) throw new Error(`${where} does not hold a 32-byte base64 key`);
  return key;
}

async function readPreviousKeys(keyFile: string): Promise<Buffer[]> {
  const path = previousKeysPath(keyFile);
  let text: string;
  try {
    const info = await stat(path);
    if ((info.mode & 0o077) !== 0) await chmod(path, 0o600);
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return text
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '' && !line.startsWith('#'))
    .map(({ line, number }) => parseKey(line, `${path} line ${number}`));
}

/** The keyring of the configured key file (created when missing) and its retired keys. */
export async function loadKeyring(keyFile: string): Promise<Keyring> {
  const current = await ensureSecretKey(keyFile);
  return makeKeyring(current, (await readPreviousKeys(keyFile)).reverse());
}

/**
 * Makes a new current key; the old one moves to the `.previous` file (kept: rows sealed with it
 * must still open until `patron keys reseal` has run). The new key file is written beside the
 * old and renamed over it, so a crash leaves either the old or the new key, never half of one.
 */
export async function rotateKeyFile(
  keyFile: string,
  now: Date,
): Promise<{ from: string; to: string }> {
  const old = await ensureSecretKey(keyFile);
  const fresh = randomBytes(KEY_BYTES);
  const retired = `# retired ${now.toISOString()} key ${keyIdOf(old)}\n${old.toString('base64')}\n`;
  await appendFile(previousKeysPath(keyFile), retired, { mode: 0o600 });
  await chmod(previousKeysPath(keyFile), 0o600);
  const temporary = `${keyFile}.new`;
  await writeFile(temporary, fresh.toString('base64') + '\n', { mode: 0o600, flag: 'w' });
  await rename(temporary, keyFile);
  return { from: keyIdOf(old), to: keyIdOf(fresh) };
}
