import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app/context.ts';
import { createProject } from '../../app/records/projects/create-project.ts';
import { listProjects } from '../../app/records/projects/list-projects.ts';
import { updateProject } from '../../app/records/projects/update-project.ts';
import { contextFor } from '../request-context.ts';
import { idParamsSchema } from '../schemas/common-schemas.ts';
import {
  projectInputSchema,
  pageQuerySchema,
  recordParamsSchema,
} from '../schemas/record-schemas.ts';
import { projectPageSchema, projectSchema } from '../schemas/record-output-schemas.ts';
import { ifMatchHeaders, versionFromIfMatch } from './if-match.ts';
import { recordReadErrors, recordTags as tags, recordWriteErrors } from './record-route-parts.ts';

/** Past, ongoing and upcoming projects and contracts of a customer (C1.7). */
export function projectRoutes(base: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/customers/:id/projects',
      {
        schema: {
          tags,
          summary: '项目合作情况 Projects and contracts of a customer',
          params: idParamsSchema,
          querystring: pageQuerySchema,
          response: { 200: projectPageSchema, ...recordReadErrors },
        },
      },
      async (request) => listProjects(contextFor(base, request), request.params.id, request.query),
    );

    app.post(
      '/customers/:id/projects',
      {
        schema: {
          tags,
          summary: '新增项目 Add a project',
          params: idParamsSchema,
          body: projectInputSchema,
          response: { 201: projectSchema, ...recordWriteErrors },
        },
      },
      async (request, reply) => {
        const project = await createProject(
          contextFor(base, request),
          request.params.id,
          request.body,
        );
        return reply.status(201).header('etag', `"${project.version}"`).send(project);
      },
    );

    app.patch(
      '/customers/:id/projects/:recordId',
      {
        schema: {
          tags,
          summary: '修改项目 Edit a project (If-Match)',
          params: recordParamsSchema,
          headers: ifMatchHeaders,
          body: projectInputSchema,
          response: { 200: projectSchema, ...recordWriteErrors },
        },
      },
      async (request, reply) => {
        const project = await updateProject(
          contextFor(base, request),
          request.params.id,
          request.params.recordId,
          versionFromIfMatch(request.headers['if-match']),
          request.body,
        );
        return reply.header('etag', `"${project.version}"`).send(project);
      },
    );
  };
}
