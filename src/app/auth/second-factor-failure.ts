import { AppError } from '../../domain/app-error.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { SignedInUser } from './me.ts';
import {
  countSignInFailure,
  lockedError,
  signInLockedUntil,
  throttleKeys,
  type ThrottleKeys,
} from './sign-in-throttle.ts';

export type CodeRefusal = 'wrong_code' | 'replayed' | 'locked';

/** The throttle keys of a code entered in `user`'s session: theirs, and the address's. */
export function codeThrottleKeys(user: SignedInUser): ThrottleKeys {
  return throttleKeys(user.username, user.ip);
}

/**
 * Refuses a code while the username or address is locked: the same lock as the password step,
 * so a stolen password cannot buy more guesses at the code by signing in again.
 */
export async function refuseWhileLocked(ctx: AppContext, user: SignedInUser): Promise<void> {
  const now = ctx.clock.now();
  const until = await signInLockedUntil(ctx.db, codeThrottleKeys(user), now);
  if (!until) return;
  await ctx.db.transaction((tx) =>
    recordAudit(tx, ctx, {
      action: 'auth.totp_failed',
      entityType: 'user',
      entityId: user.userId,
      after: { reason: 'locked' satisfies CodeRefusal },
    }),
  );
  throw lockedError(until, now);
}

/**
 * A wrong (or replayed) code counts in the sign-in throttle exactly like a wrong password and
 * is audited as `auth.totp_failed`; the answer names the code field, or is the lock once the
 * limit is reached.
 */
export async function refuseCode(
  ctx: AppContext,
  user: SignedInUser,
  reason: Exclude<CodeRefusal, 'locked'>,
): Promise<never> {
  const now = ctx.clock.now();
  const locked = await ctx.db.transaction(async (tx) => {
    const until = await countSignInFailure(tx, codeThrottleKeys(user), now);
    await recordAudit(tx, ctx, {
      action: 'auth.totp_failed',
      entityType: 'user',
      entityId: user.userId,
      after: { reason, locked: until !== null },
    });
    return until;
  });
  if (locked) throw lockedError(locked, now);
  throw new AppError('auth.invalid_code', { field: 'code' });
}
