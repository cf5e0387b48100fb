import { AppError, type FieldIssue } from '../../domain/app-error.ts';
import { canManageUsers } from '../../domain/permissions.ts';
import { isRole, type Role } from '../../domain/roles.ts';
import { findOrgUnitByCode } from '../../db/org-units/org-unit-repository.ts';
import { findUserByUsername, insertUser } from '../../db/users/user-repository.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { hashPassword, newPasswordIssue } from '../auth/password.ts';

export type AddUserInput = {
  username: string;
  displayName: string;
  password: string;
  orgUnitCode: string;
  roles: string[];
};

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,39}$/i;

/** Creates an account (admins, or the local operator through the CLI). No account exists otherwise. */
export async function addUser(ctx: AppContext, input: AddUserInput): Promise<{ id: number }> {
  if (ctx.actor.kind === 'user' && !canManageUsers(ctx.actor.roles))
    throw new AppError('auth.forbidden');
  const issues: FieldIssue[] = [];
  if (!USERNAME.test(input.username))
    issues.push({ field: 'username', code: 'validation.invalid' });
  if (!input.displayName.trim()) issues.push({ field: 'displayName', code: 'validation.required' });
  const passwordIssue = newPasswordIssue('password', input.password);
  if (passwordIssue) issues.push(passwordIssue);
  const roles = input.roles.filter(isRole) as Role[];
  if (roles.length === 0 || roles.length !== input.roles.length)
    issues.push({ field: 'roles', code: 'validation.enum' });
  if (issues.length > 0) throw new AppError('validation.failed', { issues });
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    const unit = await findOrgUnitByCode(tx, input.orgUnitCode);
    if (!unit)
      throw new AppError('validation.failed', {
        issues: [{ field: 'orgUnit', code: 'validation.invalid' }],
      });
    if (await findUserByUsername(tx, input.username)) {
      throw new AppError('conflict.duplicate', {
        field: 'username',
        params: { value: input.username },
      });
    }
    const id = await insertUser(
      tx,
      {
        username: input.username,
        displayName: input.displayName.trim(),
        passwordHash,
        orgUnitId: unit.id,
        createdAt: ctx.clock.now(),
      },
      roles,
    );
    await recordAudit(tx, ctx, {
      action: 'user.create',
      entityType: 'user',
      entityId: id,
      after: {
        username: input.username,
        displayName: input.displayName,
        orgUnit: unit.code,
        roles,
      },
    });
    return { id };
  });
}
