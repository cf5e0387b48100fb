import { AppError } from '../../domain/app-error.ts';
import { canManageUsers } from '../../domain/permissions.ts';
import {
  deleteSessionsOfUser,
  findUserByUsername,
  setPasswordHash,
} from '../../db/users/user-repository.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { hashPassword, newPasswordIssue } from '../auth/password.ts';
import { clearUserFailures, throttleKeys } from '../auth/sign-in-throttle.ts';

/**
 * An administrator (or the local operator) sets a user's password, e.g. one they forgot. The
 * password meets the policy; the user's sessions end and their sign-in failures are forgotten.
 */
export async function setUserPassword(
  ctx: AppContext,
  input: { username: string; password: string },
): Promise<void> {
  if (ctx.actor.kind === 'user' && !canManageUsers(ctx.actor.roles))
    throw new AppError('auth.forbidden');
  const issue = newPasswordIssue('password', input.password);
  if (issue) throw new AppError('validation.failed', { issues: [issue] });
  const passwordHash = await hashPassword(input.password);
  await ctx.db.transaction(async (tx) => {
    const user = await findUserByUsername(tx, input.username);
    if (!user) throw new AppError('not_found', { field: 'username' });
    await setPasswordHash(tx, user.id, passwordHash);
    await deleteSessionsOfUser(tx, user.id);
    await clearUserFailures(tx, throttleKeys(user.username, undefined));
    await recordAudit(tx, ctx, {
      action: 'user.password_reset',
      entityType: 'user',
      entityId: user.id,
    });
  });
}
