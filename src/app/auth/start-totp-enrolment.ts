import { AppError } from '../../domain/app-error.ts';
import { base32Encode } from '../../domain/auth/base32.ts';
import { otpauthUri } from '../../domain/auth/otpauth-uri.ts';
import { savePendingTotp } from '../../db/users/totp-repository.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { SignedInUser } from './me.ts';
import { newTotpSecret } from './totp.ts';
import { sealTotpSecret } from './totp-secret.ts';

/** The name authenticator apps show above the code. */
export const TOTP_ISSUER = 'Patron';

export type TotpEnrolment = { secret: string; otpauthUri: string };

/**
 * Starts setting up an authenticator for the signed-in user: a fresh secret, sealed and stored
 * unconfirmed (a second start replaces it), answered once as base32 and as an `otpauth://` URI
 * for the QR code. A user who already has a confirmed factor cannot replace it here — that
 * would let a stolen password swap the factor; an administrator resets it instead.
 */
export async function startTotpEnrolment(
  ctx: AppContext,
  user: SignedInUser,
): Promise<TotpEnrolment> {
  if (user.secondFactor?.enrolled) throw new AppError('conflict.totp_enrolled');
  const secret = base32Encode(newTotpSecret());
  const sealed = sealTotpSecret(ctx, user.userId, secret);
  await ctx.db.transaction(async (tx) => {
    const saved = await savePendingTotp(tx, {
      userId: user.userId,
      keyId: sealed.keyId,
      sealedSecret: sealed.sealed,
      createdAt: ctx.clock.now(),
    });
    if (!saved) throw new AppError('conflict.totp_enrolled');
    await recordAudit(tx, ctx, {
      action: 'auth.totp_enrolment_started',
      entityType: 'user',
      entityId: user.userId,
    });
  });
  return {
    secret,
    otpauthUri: otpauthUri({ issuer: TOTP_ISSUER, account: user.username, secret }),
  };
}
