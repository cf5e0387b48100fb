import { defaultAccessLevel } from '../../domain/account-team.ts';
import { canJoinAccountTeam } from '../../domain/permissions.ts';
import {
  findTeamCandidateUser,
  findTeamMember,
  insertTeamMember,
  lockTeamOf,
} from '../../db/teams/team-repository.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { customerForTeam } from './team-access.ts';
import { alreadyOnTeam, memberRefused } from './team-errors.ts';
import { validateAddition, type AddTeamMemberInput } from './team-member-input.ts';
import { memberAuditFacts, toTeamMemberDto, type TeamMemberDto } from './team-member-dto.ts';

/**
 * Puts a user on a customer's account team (C7.2) with a team role and an access level
 * (default: `edit` for a manager, `read` otherwise). A permission change: from the next request
 * the member reads the customer, and edits it at `edit`. Only whoever manages the team may
 * (team-access.ts); the user must exist, be active and hold a role that works on accounts.
 * One transaction with its audit row, so a refusal changes nothing.
 */
export async function addTeamMember(
  ctx: AppContext,
  customerId: number,
  input: AddTeamMemberInput,
): Promise<TeamMemberDto> {
  return ctx.db.transaction(async (tx) => {
    await customerForTeam(tx, ctx.actor, customerId, 'manage');
    const valid = validateAddition(input);
    await lockTeamOf(tx, customerId);
    const user = await findTeamCandidateUser(tx, valid.userId);
    if (!user) throw memberRefused('validation.team_member_unknown');
    if (user.disabled) throw memberRefused('validation.team_member_disabled', user.displayName);
    if (!canJoinAccountTeam(user.roles))
      throw memberRefused('validation.team_member_role', user.displayName);
    if (await findTeamMember(tx, customerId, user.userId)) throw alreadyOnTeam(user.displayName);
    const accessLevel = valid.accessLevel ?? defaultAccessLevel(valid.teamRole);
    const since = ctx.clock.now();
    const inserted = await insertTeamMember(tx, {
      customerId,
      userId: user.userId,
      teamRole: valid.teamRole,
      accessLevel,
      since,
    });
    if (!inserted) throw alreadyOnTeam(user.displayName);
    await recordAudit(tx, ctx, {
      action: 'team.member_added',
      entityType: 'team_member',
      entityId: user.userId,
      customerId,
      after: { ...memberAuditFacts(user), teamRole: valid.teamRole, accessLevel },
    });
    const member = await findTeamMember(tx, customerId, user.userId);
    if (!member) throw new Error('team member vanished inside its own transaction');
    return toTeamMemberDto(member);
  });
}
