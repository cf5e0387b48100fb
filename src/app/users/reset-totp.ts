import { AppError } from '../../domain/app-error.ts';
import { canManageUsers } from '../../domain/permissions.ts';
import { deleteTotp } from '../../db/users/totp-repository.ts';
import { deleteSessionsOfUser, findUserByUsername } from '../../db/users/user-repository.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';

/**
 * Removes a user's authenticator (lost or replaced phone) and ends their sessions. At the next
 * sign-in a role that requires the factor is asked to set up a new one; others sign in with
 * their password alone until they enrol again. Audited as `auth.totp_reset`.
 */
export async function resetTotp(ctx: AppContext, username: string): Promise<{ removed: boolean }> {
  if (ctx.actor.kind === 'user' && !canManageUsers(ctx.actor.roles))
    throw new AppError('auth.forbidden');
  return ctx.db.transaction(async (tx) => {
    const user = await findUserByUsername(tx, username);
    if (!user) throw new AppError('not_found', { field: 'username' });
    const removed = await deleteTotp(tx, user.id);
    await deleteSessionsOfUser(tx, user.id);
    await recordAudit(tx, ctx, {
      action: 'auth.totp_reset',
      entityType: 'user',
      entityId: user.id,
      after: { removed },
    });
    return { removed };
  });
}
