import type { TeamAccessLevel, TeamRole } from './customer-fields.ts';

/**
 * The access level a new account-team member gets when none is given (C7.2): the account's
 * manager edits the file, everyone else on the team (support staff, the executive sponsor who
 * heads an A-tier account's team, seed 001) reads it until someone who manages the team says
 * otherwise.
 */
export function defaultAccessLevel(teamRole: TeamRole): TeamAccessLevel {
  return teamRole === 'manager' ? 'edit' : 'read';
}

/**
 * The members who keep an account answerable: team role 'manager' with access level 'edit'. A
 * team that has one must keep one, so a file is never left with nobody who both answers for it
 * and may change it.
 */
export function isEditingManager(member: { teamRole: string; accessLevel: string }): boolean {
  return member.teamRole === 'manager' && member.accessLevel === 'edit';
}
