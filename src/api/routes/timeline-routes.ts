import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app/context.ts';
import { createTimelineRecord } from '../../app/records/timeline/create-timeline-record.ts';
import { listTimeline } from '../../app/records/timeline/list-timeline.ts';
import { updateTimelineRecord } from '../../app/records/timeline/update-timeline-record.ts';
import { contextFor } from '../request-context.ts';
import { idParamsSchema } from '../schemas/common-schemas.ts';
import {
  recordParamsSchema,
  timelineInputSchema,
  timelineQuerySchema,
} from '../schemas/record-schemas.ts';
import { timelinePageSchema, timelineRecordSchema } from '../schemas/record-output-schemas.ts';
import { ifMatchHeaders, versionFromIfMatch } from './if-match.ts';
import { recordReadErrors, recordTags as tags, recordWriteErrors } from './record-route-parts.ts';

/** The customer's timeline of meetings, conversations, visits and complaints (C1.9). */
export function timelineRoutes(base: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/customers/:id/timeline',
      {
        schema: {
          tags,
          summary: '各类重要记录 Timeline, newest first',
          params: idParamsSchema,
          querystring: timelineQuerySchema,
          response: { 200: timelinePageSchema, ...recordReadErrors },
        },
      },
      async (request) => listTimeline(contextFor(base, request), request.params.id, request.query),
    );

    app.post(
      '/customers/:id/timeline',
      {
        schema: {
          tags,
          summary: '新增记录 Add a record to the timeline',
          params: idParamsSchema,
          body: timelineInputSchema,
          response: { 201: timelineRecordSchema, ...recordWriteErrors },
        },
      },
      async (request, reply) => {
        const ctx = contextFor(base, request);
        const record = await createTimelineRecord(ctx, request.params.id, request.body);
        return reply.status(201).header('etag', `"${record.version}"`).send(record);
      },
    );

    app.patch(
      '/customers/:id/timeline/:recordId',
      {
        schema: {
          tags,
          summary: '修改记录 Edit a record, e.g. a complaint’s handling (If-Match)',
          params: recordParamsSchema,
          headers: ifMatchHeaders,
          body: timelineInputSchema,
          response: { 200: timelineRecordSchema, ...recordWriteErrors },
        },
      },
      async (request, reply) => {
        const record = await updateTimelineRecord(
          contextFor(base, request),
          request.params.id,
          request.params.recordId,
          versionFromIfMatch(request.headers['if-match']),
          request.body,
        );
        return reply.header('etag', `"${record.version}"`).send(record);
      },
    );
  };
}
