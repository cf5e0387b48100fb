import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app/context.ts';
import { findDuplicateCandidates } from '../../app/data-quality/find-duplicate-candidates.ts';
import { getCustomerDataQuality } from '../../app/data-quality/get-data-quality.ts';
import { getMergedInto } from '../../app/data-quality/get-merged-into.ts';
import { listDuplicatePairsInScope } from '../../app/data-quality/list-duplicate-pairs.ts';
import { listMerges } from '../../app/data-quality/list-merges.ts';
import { listSegmentValues } from '../../app/data-quality/list-segment-values.ts';
import { markCustomerReviewed } from '../../app/data-quality/mark-reviewed.ts';
import { mergeCustomers } from '../../app/data-quality/merge-customers.ts';
import { previewMerge } from '../../app/data-quality/preview-merge.ts';
import { unmergeCustomers } from '../../app/data-quality/unmerge-customers.ts';
import { contextFor } from '../request-context.ts';
import { authErrors, errorSchema, idParamsSchema } from '../schemas/common-schemas.ts';
import { customerSchema } from '../schemas/customer-schemas.ts';
import {
  auditIdParamsSchema,
  customerDataQualitySchema,
  duplicateCandidatesQuerySchema,
  duplicateCandidatesSchema,
  duplicatePairsQuerySchema,
  duplicatePairsSchema,
  mergedIntoSchema,
  mergeInputSchema,
  mergeListQuerySchema,
  mergeListSchema,
  mergePreviewQuerySchema,
  mergePreviewSchema,
  mergeResultSchema,
  segmentValuesSchema,
  unmergeResultSchema,
} from '../schemas/data-quality-schemas.ts';
import { ifMatchHeaders, versionFromIfMatch } from './if-match.ts';

const tags = ['data-quality'];
const conflicts = { 404: errorSchema, 409: errorSchema, 412: errorSchema, ...authErrors };

/** C1.11 data quality: completeness, quarterly review, duplicates, merge and unmerge. */
export function dataQualityRoutes(base: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/customers/duplicate-candidates',
      {
        schema: {
          tags,
          summary: '可能重复的客户 Possible duplicates of a file being entered',
          querystring: duplicateCandidatesQuerySchema,
          response: { 200: duplicateCandidatesSchema, 400: errorSchema, ...authErrors },
        },
      },
      async (request) => findDuplicateCandidates(contextFor(base, request), request.query),
    );

    app.get(
      '/customers/segments',
      {
        schema: {
          tags,
          summary: '需求/价值细分取值 Segment values in use',
          response: { 200: segmentValuesSchema, ...authErrors },
        },
      },
      async (request) => listSegmentValues(contextFor(base, request)),
    );

    app.get(
      '/customers/:id/data-quality',
      {
        schema: {
          tags,
          summary: '资料完整度与复核 Completeness and review of one file',
          params: idParamsSchema,
          response: { 200: customerDataQualitySchema, 404: errorSchema, ...authErrors },
        },
      },
      async (request) => getCustomerDataQuality(contextFor(base, request), request.params.id),
    );

    app.post(
      '/customers/:id/review',
      {
        schema: {
          tags,
          summary: '标记为已复核 Mark the file reviewed (If-Match required)',
          params: idParamsSchema,
          headers: ifMatchHeaders,
          response: { 200: customerSchema, 400: errorSchema, 428: errorSchema, ...conflicts },
        },
      },
      async (request, reply) => {
        const version = versionFromIfMatch(request.headers['if-match']);
        const ctx = contextFor(base, request);
        const customer = await markCustomerReviewed(ctx, request.params.id, version);
        return reply.header('etag', `"${customer.version}"`).send(customer);
      },
    );

    app.get(
      '/customers/:id/merged-into',
      {
        schema: {
          tags,
          summary: '已合并到 Where a merged file went',
          params: idParamsSchema,
          response: { 200: mergedIntoSchema, 404: errorSchema, ...authErrors },
        },
      },
      async (request) => getMergedInto(contextFor(base, request), request.params.id),
    );

    app.get(
      '/data-quality/duplicates',
      {
        schema: {
          tags,
          summary: '疑似重复客户 Likely duplicate pairs in scope',
          querystring: duplicatePairsQuerySchema,
          response: { 200: duplicatePairsSchema, 400: errorSchema, ...authErrors },
        },
      },
      async (request) => listDuplicatePairsInScope(contextFor(base, request), request.query),
    );

    app.get(
      '/data-quality/merge-preview',
      {
        schema: {
          tags,
          summary: '合并预览 What a merge would move',
          querystring: mergePreviewQuerySchema,
          response: { 200: mergePreviewSchema, ...conflicts },
        },
      },
      async (request) => previewMerge(contextFor(base, request), request.query),
    );

    app.get(
      '/data-quality/merges',
      {
        schema: {
          tags,
          summary: '合并记录 Merges',
          querystring: mergeListQuerySchema,
          response: { 200: mergeListSchema, ...authErrors },
        },
      },
      async (request) => listMerges(contextFor(base, request), request.query),
    );

    app.post(
      '/data-quality/merges',
      {
        schema: {
          tags,
          summary: '合并客户 Merge a duplicate into the file kept',
          body: mergeInputSchema,
          response: { 201: mergeResultSchema, 400: errorSchema, ...conflicts },
        },
      },
      async (request, reply) => {
        const result = await mergeCustomers(contextFor(base, request), request.body);
        return reply.status(201).send(result);
      },
    );

    app.post(
      '/data-quality/merges/:auditId/undo',
      {
        schema: {
          tags,
          summary: '撤销合并 Undo a merge',
          params: auditIdParamsSchema,
          response: { 200: unmergeResultSchema, ...conflicts },
        },
      },
      async (request) => unmergeCustomers(contextFor(base, request), request.params.auditId),
    );
  };
}
