import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app/context.ts';
import { decideOverride } from '../../app/scoring/decide-override.ts';
import { getOverride } from '../../app/scoring/get-override.ts';
import { listCustomerOverrides, listRunOverrides } from '../../app/scoring/list-overrides.ts';
import { proposeOverride } from '../../app/scoring/propose-override.ts';
import { withdrawOverride } from '../../app/scoring/withdraw-override.ts';
import { contextFor } from '../request-context.ts';
import { authErrors, errorSchema, idParamsSchema } from '../schemas/common-schemas.ts';
import {
  overrideDecisionSchema,
  overrideDetailSchema,
  overrideInputSchema,
  overrideListQuerySchema,
  overrideListSchema,
  overrideSchema,
  runParamsSchema,
} from '../schemas/tier-case-schemas.ts';
import { ifMatchHeaders, versionFromIfMatch } from './if-match.ts';

const tags = ['scoring'];
const readErrors = { 400: errorSchema, 404: errorSchema, ...authErrors };
const writeErrors = { ...readErrors, 409: errorSchema, 412: errorSchema, 428: errorSchema };

/** Tier overrides (人工调整, C2.6): a manager proposes, the committee approves or rejects. */
export function overrideRoutes(base: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/scoring/runs/:runId/overrides',
      {
        schema: {
          tags,
          summary: '人工调整列表 Overrides of a run (filters: state, customer)',
          params: runParamsSchema,
          querystring: overrideListQuerySchema,
          response: { 200: overrideListSchema, ...readErrors },
        },
      },
      async (request) =>
        listRunOverrides(contextFor(base, request), request.params.runId, request.query),
    );

    app.post(
      '/scoring/runs/:runId/overrides',
      {
        schema: {
          tags,
          summary: '提出人工调整 Propose a tier by hand, with a reason',
          params: runParamsSchema,
          body: overrideInputSchema,
          response: { 201: overrideSchema, ...writeErrors },
        },
      },
      async (request, reply) => {
        const dto = await proposeOverride(
          contextFor(base, request),
          request.params.runId,
          request.body,
        );
        return reply.status(201).header('etag', `"${dto.version}"`).send(dto);
      },
    );

    app.get(
      '/scoring/overrides/:id',
      {
        schema: {
          tags,
          summary: '人工调整详情 One override',
          params: idParamsSchema,
          response: { 200: overrideDetailSchema, ...readErrors },
        },
      },
      async (request, reply) => {
        const dto = await getOverride(contextFor(base, request), request.params.id);
        return reply.header('etag', `"${dto.version}"`).send(dto);
      },
    );

    app.post(
      '/scoring/overrides/:id/decision',
      {
        schema: {
          tags,
          summary: '委员会审批人工调整 The committee approves or rejects (If-Match required)',
          params: idParamsSchema,
          headers: ifMatchHeaders,
          body: overrideDecisionSchema,
          response: { 200: overrideSchema, ...writeErrors },
        },
      },
      async (request, reply) => {
        const dto = await decideOverride(
          contextFor(base, request),
          request.params.id,
          versionFromIfMatch(request.headers['if-match']),
          request.body,
        );
        return reply.header('etag', `"${dto.version}"`).send(dto);
      },
    );

    app.post(
      '/scoring/overrides/:id/withdrawal',
      {
        schema: {
          tags,
          summary: '撤回人工调整 The proposer withdraws an open proposal (If-Match optional)',
          params: idParamsSchema,
          headers: ifMatchHeaders,
          response: { 200: overrideSchema, ...writeErrors },
        },
      },
      async (request, reply) => {
        const dto = await withdrawOverride(
          contextFor(base, request),
          request.params.id,
          versionFromIfMatch(request.headers['if-match']),
        );
        return reply.header('etag', `"${dto.version}"`).send(dto);
      },
    );

    app.get(
      '/customers/:id/overrides',
      {
        schema: {
          tags,
          summary: '客户的人工调整 Overrides of a customer, in the runs the reader may see',
          params: idParamsSchema,
          querystring: overrideListQuerySchema.omit({ customerId: true }),
          response: { 200: overrideListSchema, ...readErrors },
        },
      },
      async (request) =>
        listCustomerOverrides(contextFor(base, request), request.params.id, request.query),
    );
  };
}
