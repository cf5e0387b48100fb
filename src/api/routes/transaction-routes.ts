import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../domain/app-error.ts';
import type { AppContext } from '../../app/context.ts';
import { createTransaction } from '../../app/records/transactions/create-transaction.ts';
import { listTransactions } from '../../app/records/transactions/list-transactions.ts';
import { updateTransaction } from '../../app/records/transactions/update-transaction.ts';
import { contextFor } from '../request-context.ts';
import { idParamsSchema } from '../schemas/common-schemas.ts';
import {
  recordParamsSchema,
  transactionInputSchema,
  transactionQuerySchema,
} from '../schemas/record-schemas.ts';
import { transactionPageSchema, transactionSchema } from '../schemas/record-output-schemas.ts';
import { ifMatchHeaders } from './if-match.ts';
import { recordReadErrors, recordTags as tags, recordWriteErrors } from './record-route-parts.ts';

/** `If-Match: "<etag>"` (or W/"…") → the tag; absent → undefined; anything else is refused. */
function etagFromIfMatch(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^(?:W\/)?"?([0-9a-f]{1,64})"?$/.exec(header.trim());
  if (!match?.[1]) throw new AppError('validation.invalid', { field: 'If-Match' });
  return match[1];
}

/** Purchase history of a customer (C1.5): paged, and orders entered or corrected by hand. */
export function transactionRoutes(base: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/customers/:id/transactions',
      {
        schema: {
          tags,
          summary: '交易记录 Purchase history, newest first or by amount',
          params: idParamsSchema,
          querystring: transactionQuerySchema,
          response: { 200: transactionPageSchema, ...recordReadErrors },
        },
      },
      async (request) =>
        listTransactions(contextFor(base, request), request.params.id, request.query),
    );

    app.post(
      '/customers/:id/transactions',
      {
        schema: {
          tags,
          summary: '录入交易 Enter an order by hand',
          params: idParamsSchema,
          body: transactionInputSchema,
          response: { 201: transactionSchema, ...recordWriteErrors },
        },
      },
      async (request, reply) => {
        const ctx = contextFor(base, request);
        const transaction = await createTransaction(ctx, request.params.id, request.body);
        return reply.status(201).header('etag', `"${transaction.etag}"`).send(transaction);
      },
    );

    app.patch(
      '/customers/:id/transactions/:recordId',
      {
        schema: {
          tags,
          summary: '修改交易 Correct an order (If-Match: its etag)',
          params: recordParamsSchema,
          headers: ifMatchHeaders,
          body: transactionInputSchema,
          response: { 200: transactionSchema, ...recordWriteErrors },
        },
      },
      async (request, reply) => {
        const transaction = await updateTransaction(
          contextFor(base, request),
          request.params.id,
          request.params.recordId,
          etagFromIfMatch(request.headers['if-match']),
          request.body,
        );
        return reply.header('etag', `"${transaction.etag}"`).send(transaction);
      },
    );
  };
}
