import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { listOrgUnits } from '../../app/org-units/list-org-units.ts';
import { contextFor } from '../request-context.ts';
import { authErrors } from '../schemas/common-schemas.ts';

const orgUnitListSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.number(),
        code: z.string(),
        name: z.string(),
        kind: z.string(),
        parentId: z.number().nullable(),
        path: z.string(),
      }),
    ),
  })
  .meta({ id: 'OrgUnitList' });

export function orgUnitRoutes(base: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/org-units',
      {
        schema: {
          tags: ['org'],
          summary: '组织机构 Org units',
          response: { 200: orgUnitListSchema, ...authErrors },
        },
      },
      async (request) => listOrgUnits(contextFor(base, request)),
    );
  };
}
