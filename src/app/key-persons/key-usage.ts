import { countKeyPersonRowsByKey } from '../../db/contacts/key-person-repository.ts';
import { countTotpSecretsByKey } from '../../db/users/totp-repository.ts';
import type { AppContext } from '../context.ts';
import { keyringOf } from './key-person-cipher.ts';

export type KeyUsage = {
  keyId: string;
  rows: number;
  /** current: new values are sealed with it; previous: in the keyring, should be re-sealed. */
  status: 'current' | 'previous' | 'missing';
};

/**
 * How many sealed rows each key holds — key-person details and TOTP secrets — so an operator
 * knows when a retired key may go.
 */
export async function keyUsage(ctx: AppContext): Promise<{ current: string; keys: KeyUsage[] }> {
  const keyring = keyringOf(ctx);
  const counts = new Map<string, number>();
  for (const { keyId, rows } of [
    ...(await countKeyPersonRowsByKey(ctx.db)),
    ...(await countTotpSecretsByKey(ctx.db)),
  ]) {
    counts.set(keyId, (counts.get(keyId) ?? 0) + rows);
  }
  const ids = new Set([keyring.current.id, ...keyring.previous.map((k) => k.id), ...counts.keys()]);
  const status = (id: string): KeyUsage['status'] =>
    id === keyring.current.id
      ? 'current'
      : keyring.previous.some((k) => k.id === id)
        ? 'previous'
        : 'missing';
  return {
    current: keyring.current.id,
    keys: [...ids].map((keyId) => ({ keyId, rows: counts.get(keyId) ?? 0, status: status(keyId) })),
  };
}
