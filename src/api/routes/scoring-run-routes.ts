import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app/context.ts';
import { computeRun } from '../../app/scoring/compute-run.ts';
import { createRun } from '../../app/scoring/create-run.ts';
import { finaliseRun } from '../../app/scoring/finalise-run.ts';
import { getCustomerScore } from '../../app/scoring/get-customer-score.ts';
import { getRunReview } from '../../app/scoring/get-run-review.ts';
import { listRunScores } from '../../app/scoring/list-run-scores.ts';
import { listRuns } from '../../app/scoring/list-runs.ts';
import { publishRun } from '../../app/scoring/publish-run.ts';
import { startReview } from '../../app/scoring/start-review.ts';
import type { RunDto } from '../../app/scoring/scoring-dto.ts';
import { whatIfModel } from '../../app/scoring/what-if-model.ts';
import { contextFor } from '../request-context.ts';
import { authErrors, errorSchema, idParamsSchema } from '../schemas/common-schemas.ts';
import {
  computedRunSchema,
  customerScoreQuerySchema,
  customerScoreSchema,
  finalisedRunSchema,
  runInputSchema,
  runListQuerySchema,
  runListSchema,
  runReviewSchema,
  runSchema,
  runScoresQuerySchema,
  runScoresSchema,
  whatIfInputSchema,
  whatIfSchema,
} from '../schemas/scoring-run-schemas.ts';
import { ifMatchHeaders, versionFromIfMatch } from './if-match.ts';

const tags = ['scoring'];
const stepErrors = { 404: errorSchema, 409: errorSchema, 412: errorSchema, ...authErrors };

/** Evaluation runs (评估, C2.3): create, compute, review, 公示, final; explanation; what-if. */
export function scoringRunRoutes(base: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/scoring/runs',
      {
        schema: {
          tags,
          summary: '评估列表 Evaluation runs the viewer may see',
          querystring: runListQuerySchema,
          response: { 200: runListSchema, ...authErrors },
        },
      },
      async (request) => listRuns(contextFor(base, request), request.query),
    );

    app.post(
      '/scoring/runs',
      {
        schema: {
          tags,
          summary: '新建评估 New evaluation run (committee)',
          body: runInputSchema,
          response: { 201: runSchema, 400: errorSchema, ...authErrors },
        },
      },
      async (request, reply) => {
        const run = await createRun(contextFor(base, request), request.body);
        return reply.code(201).header('etag', `"${run.version}"`).send(run);
      },
    );

    app.get(
      '/scoring/runs/:id',
      {
        schema: {
          tags,
          summary: '评估审核 Run with its review figures (within the viewer’s scope)',
          params: idParamsSchema,
          response: { 200: runReviewSchema, 404: errorSchema, ...authErrors },
        },
      },
      async (request, reply) => {
        const review = await getRunReview(contextFor(base, request), request.params.id);
        return reply.header('etag', `"${review.run.version}"`).send(review);
      },
    );

    app.get(
      '/scoring/runs/:id/scores',
      {
        schema: {
          tags,
          summary: '评估结果与升降级 Results and tier movement of a run',
          params: idParamsSchema,
          querystring: runScoresQuerySchema,
          response: { 200: runScoresSchema, 404: errorSchema, ...authErrors },
        },
      },
      async (request) => listRunScores(contextFor(base, request), request.params.id, request.query),
    );

    app.post(
      '/scoring/runs/:id/computation',
      {
        schema: {
          tags,
          summary: '计算得分 Compute every score (draft or computed run)',
          params: idParamsSchema,
          response: { 200: computedRunSchema, 400: errorSchema, ...stepErrors },
        },
      },
      async (request, reply) => {
        const run = await computeRun(contextFor(base, request), request.params.id);
        return reply.header('etag', `"${run.version}"`).send(run);
      },
    );

    const step = (
      path: string,
      summary: string,
      act: (ctx: AppContext, id: number, version?: number) => Promise<RunDto>,
    ) =>
      app.post(
        `/scoring/runs/:id/${path}`,
        {
          schema: {
            tags,
            summary,
            params: idParamsSchema,
            headers: ifMatchHeaders,
            response: { 200: runSchema, 400: errorSchema, ...stepErrors },
          },
        },
        async (request, reply) => {
          const version = versionFromIfMatch(request.headers['if-match']);
          const run = await act(contextFor(base, request), request.params.id, version);
          return reply.header('etag', `"${run.version}"`).send(run);
        },
      );
    step('review', '提交审核 Start management review', startReview);
    step('publication', '公示 Publish and open the appeal window', publishRun);

    app.post(
      '/scoring/runs/:id/finalisation',
      {
        schema: {
          tags,
          summary: '定级生效 Make the tiers take effect (appeal window closed, all cases decided)',
          params: idParamsSchema,
          headers: ifMatchHeaders,
          response: { 200: finalisedRunSchema, 400: errorSchema, ...stepErrors },
        },
      },
      async (request, reply) => {
        const version = versionFromIfMatch(request.headers['if-match']);
        const run = await finaliseRun(contextFor(base, request), request.params.id, version);
        return reply.header('etag', `"${run.version}"`).send(run);
      },
    );

    app.get(
      '/customers/:id/score',
      {
        schema: {
          tags,
          summary: '客户得分与解释 A customer’s tier, runs and score explanation',
          params: idParamsSchema,
          querystring: customerScoreQuerySchema,
          response: { 200: customerScoreSchema, 404: errorSchema, ...authErrors },
        },
      },
      async (request) =>
        getCustomerScore(contextFor(base, request), request.params.id, request.query.runId),
    );

    app.post(
      '/scoring/models/:id/what-if',
      {
        schema: {
          tags,
          summary: '模拟测算 Apply a model version to current data (migration matrix)',
          params: idParamsSchema,
          body: whatIfInputSchema,
          response: { 200: whatIfSchema, 400: errorSchema, 404: errorSchema, ...authErrors },
        },
      },
      async (request) => whatIfModel(contextFor(base, request), request.params.id, request.body),
    );
  };
}
