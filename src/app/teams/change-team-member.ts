import { findTeamMember, lockTeamOf, updateTeamMember } from '../../db/teams/team-repository.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertKeepsEditingManager } from './keep-editing-manager.ts';
import { customerForTeam } from './team-access.ts';
import { notOnTeam } from './team-errors.ts';
import { validateChange, type ChangeTeamMemberInput } from './team-member-input.ts';
import { memberAuditFacts, toTeamMemberDto, type TeamMemberDto } from './team-member-dto.ts';

/**
 * Changes a member's team role and/or access level (C7.2), a permission change in effect from
 * the member's next request. Fields not given stay; a change to what already holds writes
 * nothing. The last active editing manager cannot be demoted (keep-editing-manager.ts). Team
 * rows carry no version: the change states the values wanted, not a delta, and the team is
 * locked while it is checked and written, so concurrent changes apply one after the other.
 */
export async function changeTeamMember(
  ctx: AppContext,
  customerId: number,
  userId: number,
  input: ChangeTeamMemberInput,
): Promise<TeamMemberDto> {
  return ctx.db.transaction(async (tx) => {
    await customerForTeam(tx, ctx.actor, customerId, 'manage');
    const valid = validateChange(input);
    await lockTeamOf(tx, customerId);
    const current = await findTeamMember(tx, customerId, userId);
    if (!current) throw notOnTeam(userId);
    const next = {
      teamRole: valid.teamRole ?? current.teamRole,
      accessLevel: valid.accessLevel ?? current.accessLevel,
    };
    const changed = (['teamRole', 'accessLevel'] as const).filter((f) => next[f] !== current[f]);
    if (changed.length === 0) return toTeamMemberDto(current);
    // Name the field that takes the editing manager away: a role change away from manager first.
    const field =
      changed.includes('teamRole') && next.teamRole !== 'manager' ? 'teamRole' : 'accessLevel';
    await assertKeepsEditingManager(tx, customerId, current, next, field);
    await updateTeamMember(tx, customerId, userId, next);
    const pick = (values: typeof next) => Object.fromEntries(changed.map((f) => [f, values[f]]));
    await recordAudit(tx, ctx, {
      action: 'team.member_changed',
      entityType: 'team_member',
      entityId: userId,
      customerId,
      before: { ...memberAuditFacts(current), ...pick(current) },
      after: { ...memberAuditFacts(current), ...pick(next) },
    });
    return toTeamMemberDto({ ...current, ...next });
  });
}
