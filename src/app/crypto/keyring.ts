import { createHash } from 'node:crypto';

/** One AES-256 key and its id: the first 8 hex characters of the key's SHA-256. */
export type KeyringKey = { id: string; key: Buffer };

/**
 * The keys for field encryption (C7.4). New values are sealed with `current`; a value sealed
 * with a `previous` key still opens, so keys can rotate without a flag day: rotate, then re-seal
 * (docs/privacy.md). Passed in explicitly (AppContext.keyring), never a module global.
 */
export type Keyring = { current: KeyringKey; previous: KeyringKey[] };

export const KEY_BYTES = 32;

/** Short, stable, non-secret name of a key, stored beside each value it sealed. */
export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

function toKey(key: Buffer): KeyringKey {
  if (key.length !== KEY_BYTES) throw new Error(`an AES-256 key has ${KEY_BYTES} bytes`);
  return { id: keyIdOf(key), key };
}

/** A keyring from raw keys; a previous key equal to the current one is dropped. */
export function makeKeyring(current: Buffer, previous: readonly Buffer[] = []): Keyring {
  const head = toKey(current);
  const seen = new Set([head.id]);
  const older: KeyringKey[] = [];
  for (const key of previous.map(toKey)) {
    if (seen.has(key.id)) continue;
    seen.add(key.id);
    older.push(key);
  }
  return { current: head, previous: older };
}

/** The key with this id, or undefined when the keyring no longer (or never) held it. */
export function keyById(keyring: Keyring, id: string): KeyringKey | undefined {
  if (keyring.current.id === id) return keyring.current;
  return keyring.previous.find((key) => key.id === id);
}
