import { AppError } from '../../domain/app-error.ts';
import { canManageUsers } from '../../domain/permissions.ts';
import {
  deleteSessionsOfUser,
  findUserByUsername,
  setDisabled,
} from '../../db/users/user-repository.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';

/** Disables an account and ends all its sessions at once. */
export async function disableUser(ctx: AppContext, username: string): Promise<void> {
  if (ctx.actor.kind === 'user' && !canManageUsers(ctx.actor.roles))
    throw new AppError('auth.forbidden');
  await ctx.db.transaction(async (tx) => {
    const user = await findUserByUsername(tx, username);
    if (!user) throw new AppError('not_found', { field: 'username' });
    await setDisabled(tx, user.id, ctx.clock.now());
    await deleteSessionsOfUser(tx, user.id);
    await recordAudit(tx, ctx, { action: 'user.disable', entityType: 'user', entityId: user.id });
  });
}
