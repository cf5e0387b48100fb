import { listTeamMembers } from '../../db/teams/team-repository.ts';
import type { AppContext } from '../context.ts';
import { customerForTeam, mayManageTeam } from './team-access.ts';
import { toTeamMemberDto, type TeamMemberDto } from './team-member-dto.ts';

export type AccountTeamDto = {
  items: TeamMemberDto[];
  /** The viewer may add, change and remove members (the screen shows the buttons). */
  mayManage: boolean;
};

/** A customer's account team (C7.2), for whoever may read the customer. */
export async function listAccountTeam(
  ctx: AppContext,
  customerId: number,
): Promise<AccountTeamDto> {
  await customerForTeam(ctx.db, ctx.actor, customerId, 'read');
  const [rows, mayManage] = await Promise.all([
    listTeamMembers(ctx.db, customerId),
    mayManageTeam(ctx.db, ctx.actor, customerId),
  ]);
  return { items: rows.map(toTeamMemberDto), mayManage };
}
