import { AppError, type FieldIssue } from '../../domain/app-error.ts';
import {
  deleteOtherSessionsOfUser,
  findUserByUsername,
  setPasswordHash,
} from '../../db/users/user-repository.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { SignedInUser } from './me.ts';
import { hashPassword, newPasswordIssue, verifyPassword } from './password.ts';
import { hashToken } from './session-policy.ts';
import {
  countSignInFailure,
  lockedError,
  signInLockedUntil,
  throttleKeys,
} from './sign-in-throttle.ts';

export type ChangePasswordInput = { currentPassword: string; newPassword: string; token: string };

/**
 * The signed-in user changes their own password (ASVS 2.1.5/2.1.6): the current one first, and
 * a wrong current one counts in the sign-in throttle, so a session left open cannot be used to
 * guess it. The new one meets the policy. Every other session of the user ends; this one stays.
 */
export async function changeOwnPassword(
  ctx: AppContext,
  user: SignedInUser,
  input: ChangePasswordInput,
): Promise<void> {
  const now = ctx.clock.now();
  const keys = throttleKeys(user.username, user.ip);
  const lockedUntil = await signInLockedUntil(ctx.db, keys, now);
  if (lockedUntil) throw lockedError(lockedUntil, now);
  const issue = newPasswordIssue('newPassword', input.newPassword);
  if (issue) throw new AppError('validation.failed', { issues: [issue] });
  const row = await findUserByUsername(ctx.db, user.username);
  if (!row || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    const locked = await ctx.db.transaction(async (tx) => {
      const until = await countSignInFailure(tx, keys, now);
      await recordAudit(tx, ctx, {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user.userId,
        after: { ip: user.ip ?? null, reason: 'wrong_password', during: 'password_change' },
      });
      return until;
    });
    if (locked) throw lockedError(locked, now);
    const wrong: FieldIssue = { field: 'currentPassword', code: 'validation.password_wrong' };
    throw new AppError('validation.failed', { issues: [wrong] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await setPasswordHash(tx, user.userId, passwordHash);
    await deleteOtherSessionsOfUser(tx, user.userId, hashToken(input.token));
    await recordAudit(tx, ctx, {
      action: 'auth.password_change',
      entityType: 'user',
      entityId: user.userId,
    });
  });
}
