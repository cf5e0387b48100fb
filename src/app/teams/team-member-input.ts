import { AppError, type FieldIssue } from '../../domain/app-error.ts';
import {
  TEAM_ACCESS_LEVELS,
  TEAM_ROLES,
  type TeamAccessLevel,
  type TeamRole,
} from '../../domain/customer-fields.ts';

export type AddTeamMemberInput = {
  userId?: number | null | undefined;
  teamRole?: string | null | undefined;
  /** Absent: the team role's default (defaultAccessLevel: `edit` for a manager, else `read`). */
  accessLevel?: string | null | undefined;
};

export type ChangeTeamMemberInput = {
  teamRole?: string | null | undefined;
  accessLevel?: string | null | undefined;
};

export type ValidAddition = { userId: number; teamRole: TeamRole; accessLevel?: TeamAccessLevel };
export type ValidChange = { teamRole?: TeamRole; accessLevel?: TeamAccessLevel };

/**
 * Checks a new member's fields, all problems at once, so the form can mark each: the API's
 * schema checks types, this checks them again for every other caller (CLI, tests) and names
 * each field.
 */
export function validateAddition(input: AddTeamMemberInput): ValidAddition {
  const issues: FieldIssue[] = [];
  const userId = input.userId;
  if (userId === undefined || userId === null)
    issues.push({ field: 'userId', code: 'validation.required' });
  else if (!Number.isSafeInteger(userId) || userId <= 0)
    issues.push({ field: 'userId', code: 'validation.invalid' });
  const teamRole = vocabularyValue('teamRole', input.teamRole, TEAM_ROLES, true, issues);
  const accessLevel = vocabularyValue(
    'accessLevel',
    input.accessLevel,
    TEAM_ACCESS_LEVELS,
    false,
    issues,
  );
  if (issues.length > 0) throw new AppError('validation.failed', { issues });
  return {
    userId: userId as number,
    teamRole: teamRole as TeamRole,
    ...(accessLevel ? { accessLevel } : {}),
  };
}

export function validateChange(input: ChangeTeamMemberInput): ValidChange {
  const issues: FieldIssue[] = [];
  const teamRole = vocabularyValue('teamRole', input.teamRole, TEAM_ROLES, false, issues);
  const accessLevel = vocabularyValue(
    'accessLevel',
    input.accessLevel,
    TEAM_ACCESS_LEVELS,
    false,
    issues,
  );
  if (issues.length > 0) throw new AppError('validation.failed', { issues });
  return { ...(teamRole ? { teamRole } : {}), ...(accessLevel ? { accessLevel } : {}) };
}

function vocabularyValue<T extends string>(
  field: string,
  value: string | null | undefined,
  vocabulary: readonly T[],
  required: boolean,
  issues: FieldIssue[],
): T | undefined {
  if (value === undefined || value === null || value === '') {
    if (required) issues.push({ field, code: 'validation.required' });
    return undefined;
  }
  if (!(vocabulary as readonly string[]).includes(value)) {
    issues.push({ field, code: 'validation.enum' });
    return undefined;
  }
  return value as T;
}
