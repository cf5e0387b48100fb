import { AppError } from '../../domain/app-error.ts';
import { ACCOUNT_TEAM_ROLES } from '../../domain/permissions.ts';
import type { Role } from '../../domain/roles.ts';
import { searchTeamCandidates } from '../../db/teams/team-repository.ts';
import type { AppContext } from '../context.ts';
import { customerForTeam } from './team-access.ts';

/** Enough for a picker that narrows as one types; a longer search text finds nothing more. */
export const MAX_CANDIDATES = 20;
export const MAX_CANDIDATE_SEARCH = 50;

export type TeamCandidateDto = {
  userId: number;
  username: string;
  displayName: string;
  orgUnit: { id: number; name: string };
  roles: Role[];
};

/**
 * Who could join this customer's team, for the add-member picker: active users holding a role
 * that works on accounts, not on the team yet, whose username or name contains `search`. Only
 * for those who manage the team (a list of colleagues is not for every reader of the file).
 */
export async function listTeamCandidates(
  ctx: AppContext,
  customerId: number,
  search: string | undefined,
): Promise<{ items: TeamCandidateDto[] }> {
  await customerForTeam(ctx.db, ctx.actor, customerId, 'manage');
  const text = (search ?? '').trim();
  if (text.length > MAX_CANDIDATE_SEARCH)
    throw new AppError('validation.too_long', {
      field: 'q',
      params: { max: MAX_CANDIDATE_SEARCH },
    });
  const rows = await searchTeamCandidates(ctx.db, {
    customerId,
    search: text,
    roles: ACCOUNT_TEAM_ROLES,
    limit: MAX_CANDIDATES,
  });
  return {
    items: rows.map((row) => ({
      userId: row.userId,
      username: row.username,
      displayName: row.displayName,
      orgUnit: { id: row.orgUnitId, name: row.orgUnitName },
      roles: row.roles,
    })),
  };
}
