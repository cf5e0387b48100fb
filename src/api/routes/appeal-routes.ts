import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app/context.ts';
import { answerAppeal } from '../../app/scoring/answer-appeal.ts';
import { assignAppeal } from '../../app/scoring/assign-appeal.ts';
import { fileAppeal } from '../../app/scoring/file-appeal.ts';
import { getAppeal } from '../../app/scoring/get-appeal.ts';
import { listInvestigators } from '../../app/scoring/list-investigators.ts';
import {
  listCustomerAppeals,
  listMyAppeals,
  listRunAppeals,
} from '../../app/scoring/list-appeals.ts';
import { contextFor } from '../request-context.ts';
import { investigatorListSchema } from '../schemas/scoring-run-schemas.ts';
import { authErrors, errorSchema, idParamsSchema } from '../schemas/common-schemas.ts';
import {
  appealAnswerSchema,
  appealAssignmentSchema,
  appealDetailSchema,
  appealInputSchema,
  appealListQuerySchema,
  appealListSchema,
  appealSchema,
  runParamsSchema,
} from '../schemas/tier-case-schemas.ts';
import { appealAttachmentRoutes } from './appeal-attachment-routes.ts';
import { ifMatchHeaders, versionFromIfMatch } from './if-match.ts';

const tags = ['scoring'];
const readErrors = { 400: errorSchema, 404: errorSchema, ...authErrors };
const writeErrors = { ...readErrors, 409: errorSchema, 412: errorSchema, 428: errorSchema };

/** Appeals (申诉, C2.7): filed in the window, assigned to an investigator, answered. */
export function appealRoutes(base: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/scoring/runs/:runId/appeals',
      {
        schema: {
          tags,
          summary: '申诉列表 Appeals of a run (filters: state, customer)',
          params: runParamsSchema,
          querystring: appealListQuerySchema,
          response: { 200: appealListSchema, ...readErrors },
        },
      },
      async (request) =>
        listRunAppeals(contextFor(base, request), request.params.runId, request.query),
    );

    app.post(
      '/scoring/runs/:runId/appeals',
      {
        schema: {
          tags,
          summary: '提出申诉 Appeal a published tier during the appeal window',
          params: runParamsSchema,
          body: appealInputSchema,
          response: { 201: appealSchema, ...writeErrors },
        },
      },
      async (request, reply) => {
        const dto = await fileAppeal(contextFor(base, request), request.params.runId, request.body);
        return reply.status(201).header('etag', `"${dto.version}"`).send(dto);
      },
    );

    app.get(
      '/scoring/investigators',
      {
        schema: {
          tags,
          summary: '可指派的调查人 Committee members an appeal may be assigned to',
          response: { 200: investigatorListSchema, ...authErrors },
        },
      },
      async (request) => ({ items: await listInvestigators(contextFor(base, request)) }),
    );

    app.get(
      '/scoring/appeals/:id',
      {
        schema: {
          tags,
          summary: '申诉详情 One appeal (details for its circle only)',
          params: idParamsSchema,
          response: { 200: appealDetailSchema, ...readErrors },
        },
      },
      async (request, reply) => {
        const dto = await getAppeal(contextFor(base, request), request.params.id);
        return reply.header('etag', `"${dto.version}"`).send(dto);
      },
    );

    app.post(
      '/scoring/appeals/:id/assignment',
      {
        schema: {
          tags,
          summary: '指定调查人 The committee assigns an investigator (If-Match required)',
          params: idParamsSchema,
          headers: ifMatchHeaders,
          body: appealAssignmentSchema,
          response: { 200: appealSchema, ...writeErrors },
        },
      },
      async (request, reply) => {
        const dto = await assignAppeal(
          contextFor(base, request),
          request.params.id,
          versionFromIfMatch(request.headers['if-match']),
          request.body,
        );
        return reply.header('etag', `"${dto.version}"`).send(dto);
      },
    );

    app.post(
      '/scoring/appeals/:id/answer',
      {
        schema: {
          tags,
          summary: '调查答复 The investigator answers: upheld or changed (If-Match required)',
          params: idParamsSchema,
          headers: ifMatchHeaders,
          body: appealAnswerSchema,
          response: { 200: appealSchema, ...writeErrors },
        },
      },
      async (request, reply) => {
        const dto = await answerAppeal(
          contextFor(base, request),
          request.params.id,
          versionFromIfMatch(request.headers['if-match']),
          request.body,
        );
        return reply.header('etag', `"${dto.version}"`).send(dto);
      },
    );

    app.get(
      '/customers/:id/appeals',
      {
        schema: {
          tags,
          summary: '客户的申诉 Appeals of a customer',
          params: idParamsSchema,
          querystring: appealListQuerySchema.omit({ customerId: true }),
          response: { 200: appealListSchema, ...readErrors },
        },
      },
      async (request) =>
        listCustomerAppeals(contextFor(base, request), request.params.id, request.query),
    );

    app.get(
      '/me/appeals',
      {
        schema: {
          tags,
          summary: '我的申诉 The appeals I filed, with their answers',
          querystring: appealListQuerySchema,
          response: { 200: appealListSchema, ...authErrors, 400: errorSchema },
        },
      },
      async (request) => listMyAppeals(contextFor(base, request), request.query),
    );

    await app.register(appealAttachmentRoutes(base));
  };
}
