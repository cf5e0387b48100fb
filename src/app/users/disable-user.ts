import { AppError } from '../../domain/app-error.ts';
import { canManageUsers } from '../../domain/permissions.ts';
import {
  deleteSessionsOfUser,
  findUserByUsername,
  setDisabled,
} from '../../db/users/user-repository.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';

/**
 * Disables an account and deletes all its sessions at once. Answers the user's id, so an HTTP
 * caller can drop them from its session cache too; another process's cache (the CLI disabling
 * a user of a running server on PostgreSQL) lets them go within its time to live (5 s).
 */
export async function disableUser(ctx: AppContext, username: string): Promise<{ userId: number }> {
  if (ctx.actor.kind === 'user' && !canManageUsers(ctx.actor.roles))
    throw new AppError('auth.forbidden');
  return ctx.db.transaction(async (tx) => {
    const user = await findUserByUsername(tx, username);
    if (!user) throw new AppError('not_found', { field: 'username' });
    await setDisabled(tx, user.id, ctx.clock.now());
    await deleteSessionsOfUser(tx, user.id);
    await recordAudit(tx, ctx, { action: 'user.disable', entityType: 'user', entityId: user.id });
    return { userId: user.id };
  });
}
