import { base32Decode } from '../../domain/auth/base32.ts';
import { AppError } from '../../domain/app-error.ts';
import type { AppContext } from '../context.ts';
import type { Keyring } from '../crypto/keyring.ts';
import { open, seal, SealedBoxError, type Sealed } from '../crypto/sealed-box.ts';

/** Binds a sealed TOTP secret to its row, the user's (C7.4's rule for sealed values). */
function associatedData(userId: number): string {
  return `user_totp:${userId}`;
}

function keyringOf(ctx: AppContext) {
  if (!ctx.keyring) throw new Error('no keyring in the context: TOTP secrets cannot be sealed');
  return ctx.keyring;
}

/** Seals the base32 text of a user's TOTP secret with the keyring's current key. */
export function sealTotpSecretWith(keyring: Keyring, userId: number, base32Secret: string): Sealed {
  return seal(keyring, base32Secret, associatedData(userId));
}

export function sealTotpSecret(ctx: AppContext, userId: number, base32Secret: string): Sealed {
  return sealTotpSecretWith(keyringOf(ctx), userId, base32Secret);
}

/**
 * The secret's bytes. A secret that does not open (its key left the keyring, or the row was
 * tampered with or copied from another user) is logged by user and reason only; the user gets
 * the generic error and an administrator resets the factor (`patron user totp-reset`).
 */
export function openTotpSecret(
  ctx: AppContext,
  row: { userId: number; keyId: string; sealedSecret: string },
): Uint8Array {
  try {
    const text = open(
      keyringOf(ctx),
      { keyId: row.keyId, sealed: row.sealedSecret },
      associatedData(row.userId),
    );
    const secret = base32Decode(text);
    if (secret) return secret;
    ctx.log.error('TOTP secret is not base32', { userId: row.userId });
  } catch (error) {
    if (!(error instanceof SealedBoxError)) throw error;
    ctx.log.error('TOTP secret cannot be opened', { userId: row.userId, reason: error.reason });
  }
  throw new AppError('internal');
}

/** The same secret sealed with the keyring's current key; throws SealedBoxError if it won't open. */
export function resealTotpSecretWith(
  keyring: Keyring,
  row: { userId: number; keyId: string; sealedSecret: string },
): Sealed {
  const text = open(
    keyring,
    { keyId: row.keyId, sealed: row.sealedSecret },
    associatedData(row.userId),
  );
  return sealTotpSecretWith(keyring, row.userId, text);
}
