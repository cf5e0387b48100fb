import { AppError } from '../../domain/app-error.ts';
import { findTotp, useRecoveryCode, useTotpStep } from '../../db/users/totp-repository.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { toMe, type MeDto, type SignedInUser } from './me.ts';
import { rotateSession } from './issue-session.ts';
import { hashRecoveryCode, normaliseRecoveryCode } from './recovery-codes.ts';
import { codeThrottleKeys, refuseCode, refuseWhileLocked } from './second-factor-failure.ts';
import { clearUserFailures } from './sign-in-throttle.ts';
import { matchTotp } from './totp.ts';
import { openTotpSecret } from './totp-secret.ts';

export type SecondFactorInput = { token: string; code: string; userAgent?: string | undefined };

/**
 * The second step of signing in: a 6-digit code of the user's authenticator (each step's code
 * counts once: `last_used_step`), or one of their recovery codes (used up). Success gives the
 * session a new token marked with the second factor and completes the sign-in; failure counts
 * in the sign-in throttle like a wrong password.
 */
export async function verifySecondFactor(
  ctx: AppContext,
  user: SignedInUser,
  input: SecondFactorInput,
): Promise<{ token: string; me: MeDto }> {
  await refuseWhileLocked(ctx, user);
  const row = await findTotp(ctx.db, user.userId);
  if (!row?.confirmedAt) throw new AppError('auth.second_factor_enrolment_required');
  const now = ctx.clock.now();
  const typed = input.code.trim();
  const recoveryCode = /^\d{6}$/.test(typed) ? null : normaliseRecoveryCode(typed);
  let step: number | null = null;
  if (recoveryCode === null) {
    const secret = openTotpSecret(ctx, row);
    step = matchTotp(secret, typed, now, row.lastUsedStep);
    if (step === null) {
      const anyStep = matchTotp(secret, typed, now, null);
      return refuseCode(ctx, user, anyStep === null ? 'wrong_code' : 'replayed');
    }
  }

  const token = await ctx.db.transaction(async (tx) => {
    const used =
      step !== null
        ? await useTotpStep(tx, user.userId, step)
        : await useRecoveryCode(tx, user.userId, hashRecoveryCode(recoveryCode!));
    if (!used) return null;
    await clearUserFailures(tx, codeThrottleKeys(user));
    const issued = await rotateSession(tx, ctx, input.token, {
      userId: user.userId,
      ip: user.ip,
      userAgent: input.userAgent,
      secondFactorAt: now,
    });
    await recordAudit(tx, ctx, {
      action: step !== null ? 'auth.totp_verified' : 'auth.recovery_code_used',
      entityType: 'user',
      entityId: user.userId,
      ...(step === null ? { after: { recoveryCodesLeft: row.recoveryCodeHashes.length - 1 } } : {}),
    });
    return issued;
  });
  // A code of a step used meanwhile (the same code twice), or a recovery code not held.
  if (token === null) return refuseCode(ctx, user, step !== null ? 'replayed' : 'wrong_code');
  return { token, me: toMe({ ...user, secondFactor: { enrolled: true, verified: true } }) };
}
