import { readFileSync } from 'node:fs';

let common: ReadonlySet<string> | undefined;

/**
 * Whether `key` (a `commonPasswordKey`: NFC, lower case) is on the bundled list of commonly
 * used passwords (`common-passwords.txt`, read once on first use; a few thousand lines).
 */
export function isCommonPassword(key: string): boolean {
  common ??= new Set(
    readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
  return common.has(key);
}
