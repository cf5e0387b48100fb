import { AppError } from '../../domain/app-error.ts';
import { canManageUsers } from '../../domain/permissions.ts';
import { listUsers as listUserRows } from '../../db/users/user-repository.ts';
import type { AppContext } from '../context.ts';

export async function listUsers(ctx: AppContext) {
  if (ctx.actor.kind === 'user' && !canManageUsers(ctx.actor.roles))
    throw new AppError('auth.forbidden');
  const rows = await listUserRows(ctx.db);
  return rows.map((row) => ({
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    orgUnit: { code: row.orgUnitCode, name: row.orgUnitName },
    roles: row.roles,
    disabled: row.disabledAt !== null,
    /** Has a confirmed TOTP authenticator. */
    totp: row.totpEnrolled,
  }));
}
