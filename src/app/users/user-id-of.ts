import { AppError } from '../../domain/app-error.ts';
import { findUserByUsername } from '../../db/users/user-repository.ts';
import type { AppContext } from '../context.ts';

/**
 * The id behind a login name, for callers that name people by it (the CLI): a name nobody has
 * is an error on the `username` field (「用户名」找不到该用户).
 */
export async function userIdOf(ctx: AppContext, username: string): Promise<number> {
  const user = await findUserByUsername(ctx.db, username);
  if (!user) {
    throw new AppError('validation.failed', {
      issues: [{ field: 'username', code: 'validation.team_member_unknown' }],
    });
  }
  return user.id;
}
