import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app/context.ts';
import { setGroupParent } from '../../app/records/group/set-group-parent.ts';
import { contextFor } from '../request-context.ts';
import { idParamsSchema } from '../schemas/common-schemas.ts';
import { groupParentInputSchema } from '../schemas/record-schemas.ts';
import { groupParentSchema } from '../schemas/record-output-schemas.ts';
import { ifMatchHeaders, versionFromIfMatch } from './if-match.ts';
import { recordTags as tags, recordWriteErrors } from './record-route-parts.ts';

/** Group structure (C1.13): which group a customer belongs to. */
export function groupRoutes(base: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.put(
      '/customers/:id/group-parent',
      {
        schema: {
          tags,
          summary: '设置所属集团 Set or clear the parent group (If-Match: the customer version)',
          params: idParamsSchema,
          headers: ifMatchHeaders,
          body: groupParentInputSchema,
          response: { 200: groupParentSchema, ...recordWriteErrors },
        },
      },
      async (request, reply) => {
        const result = await setGroupParent(
          contextFor(base, request),
          request.params.id,
          versionFromIfMatch(request.headers['if-match']),
          request.body,
        );
        return reply.header('etag', `"${result.version}"`).send(result);
      },
    );
  };
}
