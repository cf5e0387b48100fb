import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app/context.ts';
import { deleteKeyPersonDetails } from '../../app/key-persons/delete-key-person-details.ts';
import { getKeyPersonDetails } from '../../app/key-persons/get-key-person-details.ts';
import { listKeyPersons } from '../../app/key-persons/list-key-persons.ts';
import { saveKeyPersonDetails } from '../../app/key-persons/save-key-person-details.ts';
import { contextFor } from '../request-context.ts';
import { authErrors, errorSchema, idParamsSchema } from '../schemas/common-schemas.ts';
import {
  contactParamsSchema,
  keyPersonDetailsSchema,
  keyPersonInputSchema,
  keyPersonListSchema,
  keyPersonSchema,
} from '../schemas/contact-schemas.ts';
import { ifMatchHeaders, versionFromIfMatch } from './if-match.ts';

const tags = ['key persons'];
const writeErrors = {
  400: errorSchema,
  404: errorSchema,
  409: errorSchema,
  412: errorSchema,
  428: errorSchema,
  ...authErrors,
};

/**
 * Key-person private details (C1.4). Every response that decrypts them is audited
 * (`key_person.read`); readers C7.3 does not allow get `masked: true` and no details.
 */
export function keyPersonRoutes(base: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/customers/:id/key-persons',
      {
        schema: {
          tags,
          summary: '关键人及重要人士信息 Key persons with private details (each read is audited)',
          params: idParamsSchema,
          response: { 200: keyPersonListSchema, 404: errorSchema, ...authErrors },
        },
      },
      async (request, reply) => {
        const list = await listKeyPersons(contextFor(base, request), request.params.id);
        return reply.header('cache-control', 'no-store').send(list);
      },
    );

    app.get(
      '/customers/:id/contacts/:contactId/key-person',
      {
        schema: {
          tags,
          summary: '查看重要人士信息 One key person’s private details (audited)',
          params: contactParamsSchema,
          response: { 200: keyPersonSchema, 404: errorSchema, ...authErrors },
        },
      },
      async (request, reply) => {
        const view = await getKeyPersonDetails(
          contextFor(base, request),
          request.params.id,
          request.params.contactId,
        );
        if (view.details) void reply.header('etag', `"${view.details.version}"`);
        // Decrypted personal information must not linger in shared or browser caches.
        return reply.header('cache-control', 'no-store').send(view);
      },
    );

    app.put(
      '/customers/:id/contacts/:contactId/key-person',
      {
        schema: {
          tags,
          summary: '填写或修改重要人士信息 Enter or replace private details (If-Match to replace)',
          params: contactParamsSchema,
          headers: ifMatchHeaders,
          body: keyPersonInputSchema,
          response: { 200: keyPersonDetailsSchema, ...writeErrors },
        },
      },
      async (request, reply) => {
        const details = await saveKeyPersonDetails(
          contextFor(base, request),
          request.params.id,
          request.params.contactId,
          versionFromIfMatch(request.headers['if-match']),
          request.body,
        );
        return reply
          .header('etag', `"${details.version}"`)
          .header('cache-control', 'no-store')
          .send(details);
      },
    );

    app.delete(
      '/customers/:id/contacts/:contactId/key-person',
      {
        schema: {
          tags,
          summary: '删除重要人士信息 Delete private details (If-Match required)',
          params: contactParamsSchema,
          headers: ifMatchHeaders,
          response: { 204: z.null(), ...writeErrors },
        },
      },
      async (request, reply) => {
        await deleteKeyPersonDetails(
          contextFor(base, request),
          request.params.id,
          request.params.contactId,
          versionFromIfMatch(request.headers['if-match']),
        );
        return reply.status(204).send(null);
      },
    );
  };
}
