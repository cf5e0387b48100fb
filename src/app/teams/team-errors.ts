import { AppError, type ErrorCode } from '../../domain/app-error.ts';

/** A refused member, named on the form's member field. */
export function memberRefused(code: ErrorCode, name?: string): AppError {
  const params: Record<string, string> = name === undefined ? {} : { name };
  return new AppError('validation.failed', { issues: [{ field: 'userId', code, params }] });
}

export function alreadyOnTeam(name: string): AppError {
  return new AppError('conflict.team_member_exists', { field: 'userId', params: { name } });
}

export function notOnTeam(userId: number): AppError {
  return new AppError('not_found.team_member', { field: 'userId', params: { userId } });
}

/** `field` names what would take the last editing manager away: the member, role or level. */
export function lastEditingManager(name: string, field: string): AppError {
  return new AppError('conflict.last_team_manager', { field, params: { name } });
}
