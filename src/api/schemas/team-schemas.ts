import { z } from 'zod';
import { TEAM_ACCESS_LEVELS, TEAM_ROLES } from '../../domain/customer-fields.ts';
import { ROLES } from '../../domain/roles.ts';

/** The account team of a customer (C7.2): members, their team role and access level. */
export const teamMemberParamsSchema = z.object({
  id: z.coerce.number().int().positive(),
  userId: z.coerce.number().int().positive(),
});

export const teamMemberInputSchema = z
  .object({
    userId: z.number().int().positive(),
    teamRole: z.enum(TEAM_ROLES),
    accessLevel: z
      .enum(TEAM_ACCESS_LEVELS)
      .optional()
      .describe('default: edit for a manager, read for everyone else'),
  })
  .strict();

export const teamMemberChangeSchema = z
  .object({
    teamRole: z.enum(TEAM_ROLES).optional(),
    accessLevel: z.enum(TEAM_ACCESS_LEVELS).optional(),
  })
  .strict()
  .describe('only the fields to change; the others stay');

export const teamCandidatesQuerySchema = z.object({
  q: z.string().optional().describe('part of a username or name; at most 50 characters'),
});

const orgUnitRef = z.object({ id: z.number(), name: z.string() });

export const teamMemberSchema = z
  .object({
    userId: z.number(),
    username: z.string(),
    displayName: z.string(),
    orgUnit: orgUnitRef,
    teamRole: z.string().describe('manager, support or executive_sponsor'),
    accessLevel: z.string().describe('read or edit: what the member may do with the file'),
    since: z.string().describe('on the team since (ISO timestamp)'),
    disabled: z.boolean().describe('the account is disabled: listed, but cannot sign in'),
  })
  .meta({ id: 'TeamMember' });

export const accountTeamSchema = z
  .object({
    items: z.array(teamMemberSchema),
    mayManage: z.boolean().describe('you may add, change and remove members'),
  })
  .meta({ id: 'AccountTeam' });

export const teamCandidateListSchema = z
  .object({
    items: z.array(
      z.object({
        userId: z.number(),
        username: z.string(),
        displayName: z.string(),
        orgUnit: orgUnitRef,
        roles: z.array(z.enum(ROLES)),
      }),
    ),
  })
  .meta({ id: 'TeamCandidateList' });
