import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app/context.ts';
import { addAppealAttachment } from '../../app/scoring/add-appeal-attachment.ts';
import {
  getAppealAttachment,
  type AttachmentFile,
} from '../../app/scoring/get-appeal-attachment.ts';
import { listAppealAttachments } from '../../app/scoring/list-appeal-attachments.ts';
import { AppError } from '../../domain/app-error.ts';
import { MAX_ATTACHMENT_BYTES } from '../../domain/scoring/attachment-types.ts';
import { attachmentDisposition } from '../content-disposition.ts';
import type { BodyTooLargeConfig } from '../body-too-large.ts';
import { contextFor } from '../request-context.ts';
import { authErrors, errorSchema, idParamsSchema } from '../schemas/common-schemas.ts';
import {
  attachmentListSchema,
  attachmentParamsSchema,
  attachmentSchema,
  attachmentUploadQuerySchema,
  fileResponse,
} from '../schemas/tier-case-schemas.ts';

const tags = ['scoring'];
const errors = { 400: errorSchema, 404: errorSchema, ...authErrors };

/**
 * Evidence of an appeal (C2.7). The upload is the raw request body with its own Content-Type
 * (the file's type) and the name in `?fileName=`, as imports do, so no multipart parser is
 * needed. In this plugin every body is taken as bytes, whatever its type, up to the 5 MB limit.
 */
export function appealAttachmentRoutes(base: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: MAX_ATTACHMENT_BYTES },
      (_request, body, done) => done(null, body),
    );

    app.post(
      '/scoring/appeals/:id/attachments',
      {
        schema: {
          tags,
          summary: '上传申诉证据 Upload evidence (raw body; ≤ 5 MB; pdf png jpeg xlsx docx txt)',
          description:
            'Body: the file itself, with its Content-Type (or application/octet-stream); the name in fileName. At most 5 files per appeal.',
          params: idParamsSchema,
          querystring: attachmentUploadQuerySchema,
          response: { 201: attachmentSchema, ...errors, 409: errorSchema, 413: errorSchema },
        },
        // Over the limit, say so in the attachment's terms (the default speaks of imports).
        config: { bodyTooLarge: tooLarge } satisfies BodyTooLargeConfig,
      },
      async (request, reply) => {
        const ctx = contextFor(base, request);
        const body = request.body;
        const content = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
        const dto = await addAppealAttachment(ctx, request.params.id, {
          fileName: request.query.fileName,
          contentType: request.headers['content-type'] ?? 'application/octet-stream',
          content,
        });
        return reply.status(201).send(dto);
      },
    );

    app.get(
      '/scoring/appeals/:id/attachments',
      {
        schema: {
          tags,
          summary: '申诉证据列表 Evidence files of an appeal (without content)',
          params: idParamsSchema,
          response: { 200: attachmentListSchema, ...errors },
        },
      },
      async (request) => listAppealAttachments(contextFor(base, request), request.params.id),
    );

    app.get(
      '/scoring/appeals/:id/attachments/:attachmentId',
      {
        schema: {
          tags,
          summary: '下载申诉证据 Download one evidence file (audited)',
          params: attachmentParamsSchema,
          response: { 200: fileResponse, ...errors },
        },
      },
      async (request, reply) => {
        const ctx = contextFor(base, request);
        const file = await getAppealAttachment(ctx, request.params.id, request.params.attachmentId);
        return sendFile(reply, file);
      },
    );
  };
}

/**
 * Always a download (never shown inline, so no stored file can run as a page of this site),
 * with the type it was checked as on upload, and never cached by a shared proxy.
 */
function sendFile(reply: FastifyReply, file: AttachmentFile) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', attachmentDisposition(file.fileName, file.fileName))
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(file.content);
}

function tooLarge(): AppError {
  return new AppError('validation.attachment_too_large', {
    field: 'file',
    params: { maxMb: MAX_ATTACHMENT_BYTES / 1024 / 1024 },
  });
}
