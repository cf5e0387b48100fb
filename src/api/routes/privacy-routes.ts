import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app/context.ts';
import { erasePersonalData } from '../../app/privacy/erase-personal-data.ts';
import { exportPersonalData } from '../../app/privacy/export-personal-data.ts';
import { getPersonalDataRegister } from '../../app/privacy/get-personal-data-register.ts';
import type { RetentionSettings } from '../../app/privacy/retention-settings.ts';
import { contextFor } from '../request-context.ts';
import { authErrors, errorSchema } from '../schemas/common-schemas.ts';
import { contactParamsSchema } from '../schemas/contact-schemas.ts';
import {
  erasureInputSchema,
  erasureResultSchema,
  personalDataExportSchema,
  personalDataRegisterSchema,
} from '../schemas/privacy-schemas.ts';

const tags = ['privacy'];

/**
 * Personal-information rights (C7.7, docs/privacy.md): register, export, erasure. `retention`
 * is what the server's retention purge runs with, shown with the register.
 */
export function privacyRoutes(
  base: AppContext,
  retention: RetentionSettings,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/privacy/register',
      {
        schema: {
          tags,
          summary: '个人信息清单 Register of personal-data fields, purposes and retention',
          response: { 200: personalDataRegisterSchema, ...authErrors },
        },
      },
      async (request) => getPersonalDataRegister(contextFor(base, request), retention),
    );

    app.get(
      '/customers/:id/contacts/:contactId/personal-data',
      {
        schema: {
          tags,
          summary: '导出个人信息 Everything held about one contact, as a JSON file (audited)',
          params: contactParamsSchema,
          response: { 200: personalDataExportSchema, 404: errorSchema, ...authErrors },
        },
      },
      async (request, reply) => {
        const { id, contactId } = request.params;
        const file = await exportPersonalData(contextFor(base, request), id, contactId);
        return reply
          .header('cache-control', 'no-store')
          .header(
            'content-disposition',
            `attachment; filename="personal-data-contact-${contactId}.json"`,
          )
          .send(file);
      },
    );

    app.post(
      '/customers/:id/contacts/:contactId/personal-data/erasure',
      {
        schema: {
          tags,
          summary: '删除个人信息（依申请） Erase a contact’s personal data on request (audited)',
          params: contactParamsSchema,
          body: erasureInputSchema,
          response: { 200: erasureResultSchema, 400: errorSchema, 404: errorSchema, ...authErrors },
        },
      },
      async (request) =>
        erasePersonalData(
          contextFor(base, request),
          request.params.id,
          request.params.contactId,
          request.body,
        ),
    );
  };
}
