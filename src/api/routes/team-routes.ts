import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app/context.ts';
import { addTeamMember } from '../../app/teams/add-team-member.ts';
import { changeTeamMember } from '../../app/teams/change-team-member.ts';
import { listAccountTeam } from '../../app/teams/list-account-team.ts';
import { listTeamCandidates } from '../../app/teams/list-team-candidates.ts';
import { removeTeamMember } from '../../app/teams/remove-team-member.ts';
import { contextFor } from '../request-context.ts';
import { authErrors, errorSchema, idParamsSchema } from '../schemas/common-schemas.ts';
import {
  accountTeamSchema,
  teamCandidateListSchema,
  teamCandidatesQuerySchema,
  teamMemberChangeSchema,
  teamMemberInputSchema,
  teamMemberParamsSchema,
  teamMemberSchema,
} from '../schemas/team-schemas.ts';

const tags = ['teams'];
const writeErrors = { 400: errorSchema, 404: errorSchema, 409: errorSchema, ...authErrors };

/**
 * A customer's account team (C7.2). Reading follows the customer's read scope; changing it is
 * for those whose write scope reaches the customer through their region or everything — not
 * through the team. Each change is audited and takes effect on the member's next request.
 */
export function teamRoutes(base: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/customers/:id/team',
      {
        schema: {
          tags,
          summary: '客户团队 The account team',
          params: idParamsSchema,
          response: { 200: accountTeamSchema, 404: errorSchema, ...authErrors },
        },
      },
      async (request) => listAccountTeam(contextFor(base, request), request.params.id),
    );

    app.get(
      '/customers/:id/team/candidates',
      {
        schema: {
          tags,
          summary: '可加入团队的人员 Who could join the team (for the picker)',
          params: idParamsSchema,
          querystring: teamCandidatesQuerySchema,
          response: {
            200: teamCandidateListSchema,
            400: errorSchema,
            404: errorSchema,
            ...authErrors,
          },
        },
      },
      async (request) =>
        listTeamCandidates(contextFor(base, request), request.params.id, request.query.q),
    );

    app.post(
      '/customers/:id/team',
      {
        schema: {
          tags,
          summary: '加入客户团队 Add a member',
          params: idParamsSchema,
          body: teamMemberInputSchema,
          response: { 201: teamMemberSchema, ...writeErrors },
        },
      },
      async (request, reply) => {
        const member = await addTeamMember(
          contextFor(base, request),
          request.params.id,
          request.body,
        );
        return reply.status(201).send(member);
      },
    );

    app.patch(
      '/customers/:id/team/:userId',
      {
        schema: {
          tags,
          summary: '修改团队角色或权限 Change a member’s team role or access level',
          params: teamMemberParamsSchema,
          body: teamMemberChangeSchema,
          response: { 200: teamMemberSchema, ...writeErrors },
        },
      },
      async (request) =>
        changeTeamMember(
          contextFor(base, request),
          request.params.id,
          request.params.userId,
          request.body,
        ),
    );

    app.delete(
      '/customers/:id/team/:userId',
      {
        schema: {
          tags,
          summary: '移出客户团队 Remove a member',
          params: teamMemberParamsSchema,
          response: { 204: z.null(), ...writeErrors },
        },
      },
      async (request, reply) => {
        await removeTeamMember(contextFor(base, request), request.params.id, request.params.userId);
        return reply.status(204).send(null);
      },
    );
  };
}
