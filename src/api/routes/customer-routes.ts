import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app/context.ts';
import { listCustomers } from '../../app/customers/list-customers.ts';
import { getCustomer } from '../../app/customers/get-customer.ts';
import { createCustomer } from '../../app/customers/create-customer.ts';
import { updateCustomer } from '../../app/customers/update-customer.ts';
import { getCustomer360 } from '../../app/customers/get-customer-360.ts';
import { listCustomerAudit } from '../../app/customers/list-customer-audit.ts';
import { contextFor } from '../request-context.ts';
import { authErrors, errorSchema, idParamsSchema } from '../schemas/common-schemas.ts';
import {
  customerInputSchema,
  customerListQuerySchema,
  customerListSchema,
  customerSchema,
} from '../schemas/customer-schemas.ts';
import { auditListSchema, customer360Schema } from '../schemas/customer-360-schemas.ts';
import { ifMatchHeaders, versionFromIfMatch } from './if-match.ts';

const tags = ['customers'];

export function customerRoutes(base: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/customers',
      {
        schema: {
          tags,
          summary: '客户列表 Customer list',
          querystring: customerListQuerySchema,
          response: { 200: customerListSchema, 400: errorSchema, ...authErrors },
        },
      },
      async (request) => listCustomers(contextFor(base, request), request.query),
    );

    app.post(
      '/customers',
      {
        schema: {
          tags,
          summary: '新建客户 Create a customer',
          body: customerInputSchema,
          response: { 201: customerSchema, 400: errorSchema, 409: errorSchema, ...authErrors },
        },
      },
      async (request, reply) => {
        const customer = await createCustomer(contextFor(base, request), request.body);
        return reply.status(201).header('etag', `"${customer.version}"`).send(customer);
      },
    );

    app.get(
      '/customers/:id',
      {
        schema: {
          tags,
          summary: '客户档案 A customer file',
          params: idParamsSchema,
          response: { 200: customerSchema, 404: errorSchema, ...authErrors },
        },
      },
      async (request, reply) => {
        const customer = await getCustomer(contextFor(base, request), request.params.id);
        return reply.header('etag', `"${customer.version}"`).send(customer);
      },
    );

    app.patch(
      '/customers/:id',
      {
        schema: {
          tags,
          summary: '修改客户档案 Edit a customer file (If-Match required)',
          params: idParamsSchema,
          headers: ifMatchHeaders,
          body: customerInputSchema,
          response: {
            200: customerSchema,
            400: errorSchema,
            404: errorSchema,
            409: errorSchema,
            412: errorSchema,
            428: errorSchema,
            ...authErrors,
          },
        },
      },
      async (request, reply) => {
        const version = versionFromIfMatch(request.headers['if-match']);
        const customer = await updateCustomer(
          contextFor(base, request),
          request.params.id,
          version,
          request.body,
        );
        return reply.header('etag', `"${customer.version}"`).send(customer);
      },
    );

    app.get(
      '/customers/:id/360',
      {
        schema: {
          tags,
          summary: '客户360视图 Customer 360',
          params: idParamsSchema,
          response: { 200: customer360Schema, 404: errorSchema, ...authErrors },
        },
      },
      async (request) => getCustomer360(contextFor(base, request), request.params.id),
    );

    app.get(
      '/customers/:id/audit',
      {
        schema: {
          tags,
          summary: '操作记录 Activity (changes, exports, sensitive reads)',
          params: idParamsSchema,
          response: { 200: auditListSchema, 404: errorSchema, ...authErrors },
        },
      },
      async (request) => listCustomerAudit(contextFor(base, request), request.params.id),
    );
  };
}
