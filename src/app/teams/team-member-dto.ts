import type { TeamMemberRow } from '../../db/teams/team-repository.ts';

export type TeamMemberDto = {
  userId: number;
  username: string;
  displayName: string;
  orgUnit: { id: number; name: string };
  teamRole: string;
  accessLevel: string;
  /** ISO timestamp: on the team since. */
  since: string;
  /** The account is disabled: listed for the record, but it can no longer sign in. */
  disabled: boolean;
};

export function toTeamMemberDto(row: TeamMemberRow): TeamMemberDto {
  return {
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    orgUnit: { id: row.orgUnitId, name: row.orgUnitName },
    teamRole: row.teamRole,
    accessLevel: row.accessLevel,
    since: row.since.toISOString(),
    disabled: row.disabled,
  };
}

/**
 * What an audit row keeps of a member (C7.5): who, by name as shown then, and what they may do.
 * The user id is the row's entity id.
 */
export function memberAuditFacts(row: { displayName: string; username: string }) {
  return { member: `${row.displayName} (${row.username})` };
}
