import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app/context.ts';
import { createNeed } from '../../app/records/needs/create-need.ts';
import { listNeeds } from '../../app/records/needs/list-needs.ts';
import { updateNeed } from '../../app/records/needs/update-need.ts';
import { contextFor } from '../request-context.ts';
import { idParamsSchema } from '../schemas/common-schemas.ts';
import { needInputSchema, pageQuerySchema, recordParamsSchema } from '../schemas/record-schemas.ts';
import { needPageSchema, needSchema } from '../schemas/record-output-schemas.ts';
import { ifMatchHeaders, versionFromIfMatch } from './if-match.ts';
import { recordReadErrors, recordTags as tags, recordWriteErrors } from './record-route-parts.ts';

/** Product and service needs of a customer (C1.6). */
export function needRoutes(base: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/customers/:id/needs',
      {
        schema: {
          tags,
          summary: '需求信息 Needs of a customer',
          params: idParamsSchema,
          querystring: pageQuerySchema,
          response: { 200: needPageSchema, ...recordReadErrors },
        },
      },
      async (request) => listNeeds(contextFor(base, request), request.params.id, request.query),
    );

    app.post(
      '/customers/:id/needs',
      {
        schema: {
          tags,
          summary: '新增需求 Add a need',
          params: idParamsSchema,
          body: needInputSchema,
          response: { 201: needSchema, ...recordWriteErrors },
        },
      },
      async (request, reply) => {
        const need = await createNeed(contextFor(base, request), request.params.id, request.body);
        return reply.status(201).header('etag', `"${need.version}"`).send(need);
      },
    );

    app.patch(
      '/customers/:id/needs/:recordId',
      {
        schema: {
          tags,
          summary: '修改需求 Edit a need (If-Match)',
          params: recordParamsSchema,
          headers: ifMatchHeaders,
          body: needInputSchema,
          response: { 200: needSchema, ...recordWriteErrors },
        },
      },
      async (request, reply) => {
        const need = await updateNeed(
          contextFor(base, request),
          request.params.id,
          request.params.recordId,
          versionFromIfMatch(request.headers['if-match']),
          request.body,
        );
        return reply.header('etag', `"${need.version}"`).send(need);
      },
    );
  };
}
