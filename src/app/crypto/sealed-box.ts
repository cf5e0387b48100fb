import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { keyById, type Keyring } from './keyring.ts';

const IV_BYTES = 12; // 96 bits, the size GCM is specified for
const TAG_BYTES = 16;

export type Sealed = { keyId: string; sealed: string };

/**
 * AES-256-GCM with a fresh random IV per value. `associatedData` binds the ciphertext to where
 * it is stored (e.g. its row id): a value copied elsewhere fails to open instead of showing
 * someone else's details. Output: base64(iv ‖ ciphertext ‖ tag), with the sealing key's id.
 */
export function seal(keyring: Keyring, plaintext: string, associatedData: string): Sealed {
  const { id, key } = keyring.current;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return {
    keyId: id,
    sealed: Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64'),
  };
}

/** Why a value could not be opened; never carries any part of the value. */
export class SealedBoxError extends Error {
  readonly reason: 'unknown_key' | 'malformed' | 'tampered';
  constructor(reason: SealedBoxError['reason']) {
    super(`sealed value cannot be opened: ${reason}`);
    this.name = 'SealedBoxError';
    this.reason = reason;
  }
}

/** Opens a value sealed by `seal` under any key of the keyring; throws SealedBoxError. */
export function open(keyring: Keyring, box: Sealed, associatedData: string): string {
  const entry = keyById(keyring, box.keyId);
  if (!entry) throw new SealedBoxError('unknown_key');
  const bytes = Buffer.from(box.sealed, 'base64');
  if (bytes.length < IV_BYTES + TAG_BYTES || bytes.toString('base64') !== box.sealed) {
    throw new SealedBoxError('malformed');
  }
  const iv = bytes.subarray(0, IV_BYTES);
  const tag = bytes.subarray(bytes.length - TAG_BYTES);
  const body = bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', entry.key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    throw new SealedBoxError('tampered');
  }
}
