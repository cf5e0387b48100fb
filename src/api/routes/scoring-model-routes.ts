import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app/context.ts';
import { adoptModelVersion } from '../../app/scoring/adopt-model-version.ts';
import { copyModelVersion } from '../../app/scoring/copy-model-version.ts';
import { createModelVersion } from '../../app/scoring/create-model-version.ts';
import { deleteDraftModelVersion } from '../../app/scoring/delete-draft-model-version.ts';
import { getAdoptedModelVersion, getModelVersion } from '../../app/scoring/get-model-version.ts';
import { listModelVersions } from '../../app/scoring/list-model-versions.ts';
import { updateDraftModelVersion } from '../../app/scoring/update-draft-model-version.ts';
import { AppError } from '../../domain/app-error.ts';
import { contextFor } from '../request-context.ts';
import { authErrors, errorSchema, idParamsSchema } from '../schemas/common-schemas.ts';
import {
  modelVersionListSchema,
  modelVersionSchema,
  newModelVersionSchema,
  scoringModelInputSchema,
} from '../schemas/scoring-model-schemas.ts';
import { ifMatchHeaders, versionFromIfMatch } from './if-match.ts';

const tags = ['scoring'];
const writeErrors = {
  400: errorSchema,
  404: errorSchema,
  409: errorSchema,
  412: errorSchema,
  428: errorSchema,
  ...authErrors,
};

/**
 * Scoring model versions (C2.1): everyone reads the adopted one, the committee, the director
 * and the auditor read drafts and retired ones, only the committee writes. The ETag of a
 * version is its `revision`, which edits and deletes of a draft send back as If-Match.
 */
export function scoringModelRoutes(base: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/scoring/models',
      {
        schema: {
          tags,
          summary: '评分模型版本列表 Scoring model versions, newest first',
          response: { 200: modelVersionListSchema, ...authErrors },
        },
      },
      async (request) => listModelVersions(contextFor(base, request)),
    );

    // Registered before '/scoring/models/:id' reads it; Fastify prefers the static segment anyway.
    app.get(
      '/scoring/models/adopted',
      {
        schema: {
          tags,
          summary: '现行评分模型 The adopted scoring model (the policy in force)',
          response: { 200: modelVersionSchema, 404: errorSchema, ...authErrors },
        },
      },
      async (request) => getAdoptedModelVersion(contextFor(base, request)),
    );

    app.get(
      '/scoring/models/:id',
      {
        schema: {
          tags,
          summary: '评分模型版本 One scoring model version with its definition',
          params: idParamsSchema,
          response: { 200: modelVersionSchema, 404: errorSchema, ...authErrors },
        },
      },
      async (request, reply) => {
        const version = await getModelVersion(contextFor(base, request), request.params.id);
        return reply.header('etag', `"${version.revision}"`).send(version);
      },
    );

    app.post(
      '/scoring/models',
      {
        schema: {
          tags,
          summary: '新建草稿 New draft version (a definition, or a copy of a version)',
          body: newModelVersionSchema,
          response: { 201: modelVersionSchema, ...writeErrors },
        },
      },
      async (request, reply) => {
        const ctx = contextFor(base, request);
        const { copyFrom, definition } = request.body;
        if ((copyFrom === undefined) === (definition === undefined)) {
          throw new AppError('validation.failed', {
            issues: [{ field: 'copyFrom', code: 'validation.required' }],
          });
        }
        const created =
          copyFrom !== undefined
            ? await copyModelVersion(ctx, copyFrom)
            : await createModelVersion(ctx, definition);
        return reply.status(201).header('etag', `"${created.revision}"`).send(created);
      },
    );

    app.put(
      '/scoring/models/:id',
      {
        schema: {
          tags,
          summary: '修改草稿 Replace a draft definition (If-Match: revision)',
          params: idParamsSchema,
          headers: ifMatchHeaders,
          body: scoringModelInputSchema,
          response: { 200: modelVersionSchema, ...writeErrors },
        },
      },
      async (request, reply) => {
        const updated = await updateDraftModelVersion(
          contextFor(base, request),
          request.params.id,
          versionFromIfMatch(request.headers['if-match']),
          request.body,
        );
        return reply.header('etag', `"${updated.revision}"`).send(updated);
      },
    );

    app.delete(
      '/scoring/models/:id',
      {
        schema: {
          tags,
          summary: '删除草稿 Delete a draft (If-Match: revision)',
          params: idParamsSchema,
          headers: ifMatchHeaders,
          response: { 204: z.null(), ...writeErrors },
        },
      },
      async (request, reply) => {
        await deleteDraftModelVersion(
          contextFor(base, request),
          request.params.id,
          versionFromIfMatch(request.headers['if-match']),
        );
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/scoring/models/:id/adoption',
      {
        schema: {
          tags,
          summary: '采用 Adopt a version (committee); the adopted one so far is retired',
          params: idParamsSchema,
          response: { 200: modelVersionSchema, ...writeErrors },
        },
      },
      async (request, reply) => {
        const adopted = await adoptModelVersion(contextFor(base, request), request.params.id);
        return reply.header('etag', `"${adopted.revision}"`).send(adopted);
      },
    );
  };
}
