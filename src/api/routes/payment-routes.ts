import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app/context.ts';
import { createPayment } from '../../app/records/payments/create-payment.ts';
import { listPayments } from '../../app/records/payments/list-payments.ts';
import { updatePayment } from '../../app/records/payments/update-payment.ts';
import { contextFor } from '../request-context.ts';
import { idParamsSchema } from '../schemas/common-schemas.ts';
import {
  pageQuerySchema,
  paymentInputSchema,
  recordParamsSchema,
} from '../schemas/record-schemas.ts';
import { paymentPageSchema, paymentSchema } from '../schemas/record-output-schemas.ts';
import { ifMatchHeaders, versionFromIfMatch } from './if-match.ts';
import { recordReadErrors, recordTags as tags, recordWriteErrors } from './record-route-parts.ts';

/** Invoices and payments of a customer (C1.8), with its on-time rate and overdue days. */
export function paymentRoutes(base: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/customers/:id/payments',
      {
        schema: {
          tags,
          summary: '发票与回款 Invoices and payments, with the payment record',
          params: idParamsSchema,
          querystring: pageQuerySchema,
          response: { 200: paymentPageSchema, ...recordReadErrors },
        },
      },
      async (request) => listPayments(contextFor(base, request), request.params.id, request.query),
    );

    app.post(
      '/customers/:id/payments',
      {
        schema: {
          tags,
          summary: '新增发票 Add an invoice',
          params: idParamsSchema,
          body: paymentInputSchema,
          response: { 201: paymentSchema, ...recordWriteErrors },
        },
      },
      async (request, reply) => {
        const ctx = contextFor(base, request);
        const payment = await createPayment(ctx, request.params.id, request.body);
        return reply.status(201).header('etag', `"${payment.version}"`).send(payment);
      },
    );

    app.patch(
      '/customers/:id/payments/:recordId',
      {
        schema: {
          tags,
          summary: '修改发票或登记回款 Edit an invoice or record its payment (If-Match)',
          params: recordParamsSchema,
          headers: ifMatchHeaders,
          body: paymentInputSchema,
          response: { 200: paymentSchema, ...recordWriteErrors },
        },
      },
      async (request, reply) => {
        const payment = await updatePayment(
          contextFor(base, request),
          request.params.id,
          request.params.recordId,
          versionFromIfMatch(request.headers['if-match']),
          request.body,
        );
        return reply.header('etag', `"${payment.version}"`).send(payment);
      },
    );
  };
}
