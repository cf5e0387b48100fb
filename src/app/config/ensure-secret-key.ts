import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * The AES-256 key for field encryption (C7.4) lives in a file outside the database. Created on
 * first start with owner-only permissions; refuses to run with a key others can read.
 */
export async function ensureSecretKey(path: string): Promise<Buffer> {
  try {
    const info = await stat(path);
    if ((info.mode & 0o077) !== 0) await chmod(path, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(dirname(path), { recursive: true });
    // 'wx' fails if another process created it meanwhile; then we read theirs.
    const file = await open(path, 'wx', 0o600).catch(() => null);
    if (file) {
      await file.writeFile(randomBytes(32).toString('base64') + '\n');
      await file.close();
    }
  }
  const key = Buffer.from((await readFile(path, 'utf8')).trim(), 'base64');
  if (key.length !== 32) throw new Error(`${path} does not hold a 32-byte base64 key`);
  return key;
}
