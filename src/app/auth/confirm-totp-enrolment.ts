import { AppError } from '../../domain/app-error.ts';
import { confirmTotp, findTotp } from '../../db/users/totp-repository.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { toMe, type MeDto, type SignedInUser } from './me.ts';
import { rotateSession } from './issue-session.ts';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes.ts';
import { codeThrottleKeys, refuseCode, refuseWhileLocked } from './second-factor-failure.ts';
import { clearUserFailures } from './sign-in-throttle.ts';
import { matchTotp } from './totp.ts';
import { openTotpSecret } from './totp-secret.ts';

export type ConfirmTotpInput = { token: string; code: string; userAgent?: string | undefined };

/**
 * Confirms the pending authenticator with its first code. The code proves the user holds the
 * secret, so the session counts as having given the second factor — under a new token. Answers
 * the ten recovery codes, in clear this once; only their hashes are kept.
 */
export async function confirmTotpEnrolment(
  ctx: AppContext,
  user: SignedInUser,
  input: ConfirmTotpInput,
): Promise<{ token: string; me: MeDto; recoveryCodes: string[] }> {
  await refuseWhileLocked(ctx, user);
  const row = await findTotp(ctx.db, user.userId);
  if (!row) throw new AppError('conflict.totp_not_started');
  if (row.confirmedAt) throw new AppError('conflict.totp_enrolled');
  const now = ctx.clock.now();
  const step = matchTotp(openTotpSecret(ctx, row), input.code.trim(), now, row.lastUsedStep);
  if (step === null) return refuseCode(ctx, user, 'wrong_code');
  const recoveryCodes = newRecoveryCodes();
  const token = await ctx.db.transaction(async (tx) => {
    const confirmed = await confirmTotp(tx, user.userId, {
      step,
      recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode),
      at: now,
    });
    // Another request confirmed (or reset) it meanwhile: nothing of this one is kept.
    if (!confirmed) return null;
    await clearUserFailures(tx, codeThrottleKeys(user));
    const issued = await rotateSession(tx, ctx, input.token, {
      userId: user.userId,
      ip: user.ip,
      userAgent: input.userAgent,
      secondFactorAt: now,
    });
    await recordAudit(tx, ctx, {
      action: 'auth.totp_enrolled',
      entityType: 'user',
      entityId: user.userId,
      after: { recoveryCodes: recoveryCodes.length },
    });
    return issued;
  });
  if (token === null) throw new AppError('conflict.totp_enrolled');
  const me = toMe({ ...user, secondFactor: { enrolled: true, verified: true } });
  return { token, me, recoveryCodes };
}
