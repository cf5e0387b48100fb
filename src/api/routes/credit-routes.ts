import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app/context.ts';
import { getCreditFile } from '../../app/records/credit/get-credit-file.ts';
import { saveCreditProfile } from '../../app/records/credit/save-credit-profile.ts';
import { contextFor } from '../request-context.ts';
import { idParamsSchema } from '../schemas/common-schemas.ts';
import { creditProfileInputSchema } from '../schemas/record-schemas.ts';
import { creditFileSchema, creditProfileSchema } from '../schemas/record-output-schemas.ts';
import { ifMatchHeaders, versionFromIfMatch } from './if-match.ts';
import { recordReadErrors, recordTags as tags, recordWriteErrors } from './record-route-parts.ts';

/** The credit file (C1.8): the team's profile, the external rating and the payment record. */
export function creditRoutes(base: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/customers/:id/credit',
      {
        schema: {
          tags,
          summary: '信用评价 Credit file',
          params: idParamsSchema,
          response: { 200: creditFileSchema, ...recordReadErrors },
        },
      },
      async (request) => getCreditFile(contextFor(base, request), request.params.id),
    );

    app.put(
      '/customers/:id/credit-profile',
      {
        schema: {
          tags,
          summary:
            '保存信用档案 Save the credit profile (first save without If-Match, later with it)',
          params: idParamsSchema,
          headers: ifMatchHeaders,
          body: creditProfileInputSchema,
          response: { 200: creditProfileSchema, ...recordWriteErrors },
        },
      },
      async (request, reply) => {
        const profile = await saveCreditProfile(
          contextFor(base, request),
          request.params.id,
          versionFromIfMatch(request.headers['if-match']),
          request.body,
        );
        return reply.header('etag', `"${profile.version}"`).send(profile);
      },
    );
  };
}
