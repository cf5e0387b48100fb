import { deleteTeamMember, findTeamMember, lockTeamOf } from '../../db/teams/team-repository.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertKeepsEditingManager } from './keep-editing-manager.ts';
import { customerForTeam } from './team-access.ts';
import { notOnTeam } from './team-errors.ts';
import { memberAuditFacts } from './team-member-dto.ts';

/**
 * Takes a user off a customer's account team (C7.2). From their next request the customer is
 * out of their scope (404), unless their region or role still reaches it. The last active
 * editing manager cannot be removed (keep-editing-manager.ts).
 */
export async function removeTeamMember(
  ctx: AppContext,
  customerId: number,
  userId: number,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await customerForTeam(tx, ctx.actor, customerId, 'manage');
    await lockTeamOf(tx, customerId);
    const current = await findTeamMember(tx, customerId, userId);
    if (!current) throw notOnTeam(userId);
    await assertKeepsEditingManager(tx, customerId, current, null, 'userId');
    await deleteTeamMember(tx, customerId, userId);
    await recordAudit(tx, ctx, {
      action: 'team.member_removed',
      entityType: 'team_member',
      entityId: userId,
      customerId,
      before: {
        ...memberAuditFacts(current),
        teamRole: current.teamRole,
        accessLevel: current.accessLevel,
      },
    });
  });
}
