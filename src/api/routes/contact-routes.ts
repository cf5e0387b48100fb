import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app/context.ts';
import { createContact } from '../../app/contacts/create-contact.ts';
import { deleteContact } from '../../app/contacts/delete-contact.ts';
import { listContacts } from '../../app/contacts/list-contacts.ts';
import { updateContact } from '../../app/contacts/update-contact.ts';
import { contextFor } from '../request-context.ts';
import { authErrors, errorSchema, idParamsSchema } from '../schemas/common-schemas.ts';
import {
  contactInputSchema,
  contactListSchema,
  contactParamsSchema,
  customerContactSchema,
} from '../schemas/contact-schemas.ts';
import { ifMatchHeaders, versionFromIfMatch } from './if-match.ts';
import { keyPersonRoutes } from './key-person-routes.ts';

const tags = ['contacts'];
const writeErrors = {
  400: errorSchema,
  404: errorSchema,
  409: errorSchema,
  412: errorSchema,
  428: errorSchema,
  ...authErrors,
};

/** Contacts of a customer (C1.3) and, through keyPersonRoutes, key-person details (C1.4). */
export function contactRoutes(base: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/customers/:id/contacts',
      {
        schema: {
          tags,
          summary: '联系人列表 Contacts of a customer',
          params: idParamsSchema,
          response: { 200: contactListSchema, 404: errorSchema, ...authErrors },
        },
      },
      async (request) => listContacts(contextFor(base, request), request.params.id),
    );

    app.post(
      '/customers/:id/contacts',
      {
        schema: {
          tags,
          summary: '新增联系人 Add a contact',
          params: idParamsSchema,
          body: contactInputSchema,
          response: { 201: customerContactSchema, ...writeErrors },
        },
      },
      async (request, reply) => {
        const contact = await createContact(
          contextFor(base, request),
          request.params.id,
          request.body,
        );
        return reply.status(201).header('etag', `"${contact.version}"`).send(contact);
      },
    );

    app.patch(
      '/customers/:id/contacts/:contactId',
      {
        schema: {
          tags,
          summary: '修改联系人 Edit a contact (If-Match required)',
          params: contactParamsSchema,
          headers: ifMatchHeaders,
          body: contactInputSchema,
          response: { 200: customerContactSchema, ...writeErrors },
        },
      },
      async (request, reply) => {
        const contact = await updateContact(
          contextFor(base, request),
          request.params.id,
          request.params.contactId,
          versionFromIfMatch(request.headers['if-match']),
          request.body,
        );
        return reply.header('etag', `"${contact.version}"`).send(contact);
      },
    );

    app.delete(
      '/customers/:id/contacts/:contactId',
      {
        schema: {
          tags,
          summary: '删除联系人及其重要人士信息 Delete a contact and its key-person details',
          params: contactParamsSchema,
          headers: ifMatchHeaders,
          response: { 204: z.null(), ...writeErrors },
        },
      },
      async (request, reply) => {
        await deleteContact(
          contextFor(base, request),
          request.params.id,
          request.params.contactId,
          versionFromIfMatch(request.headers['if-match']),
        );
        return reply.status(204).send(null);
      },
    );

    await app.register(keyPersonRoutes(base));
  };
}
