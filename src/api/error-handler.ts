import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, isAppError, type FieldIssue } from '../domain/app-error.ts';
import { errorMessage } from '../domain/i18n/error-messages.ts';
import { pickLocale } from '../domain/i18n/locale.ts';
import { MAX_UPLOAD_BYTES } from '../domain/import/import-kinds.ts';
import { bodyTooLargeOf } from './body-too-large.ts';
import { httpStatusOf } from './error-status.ts';

/** Users see a localised message for a code, never exception text or a stack trace. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error, request);
    const status = httpStatusOf(appError.code);
    if (status >= 500) request.log.error({ err: error }, 'unhandled error');
    return sendAppError(request, reply, appError);
  });
}

export function sendAppError(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  const locale = pickLocale(request.headers['accept-language']);
  const issues = error.issues.map((issue) => ({
    field: issue.field,
    code: issue.code,
    message: errorMessage(issue.code, locale, issue.field, issue.params),
  }));
  return reply.status(httpStatusOf(error.code)).send({
    code: error.code,
    message: errorMessage(error.code, locale, error.field, error.params),
    ...(error.field ? { field: error.field } : {}),
    ...(issues.length > 0 ? { issues } : {}),
  });
}

function toAppError(error: FastifyError, request: FastifyRequest): AppError {
  if (isAppError(error)) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues: FieldIssue[] = error.validation.map((v) => ({
      field: v.instancePath.replace(/^\//, '').replace(/\//g, '.') || 'body',
      ...zodIssueToOurs(v.keyword, v.message ?? '', v.params),
    }));
    return new AppError('validation.failed', { issues });
  }
  if (error.statusCode === 429) return new AppError('auth.rate_limited');
  if (error.statusCode === 413) {
    const own = bodyTooLargeOf(request);
    if (own) return own;
    return new AppError('validation.file_too_large', {
      field: 'file',
      params: { maxMb: MAX_UPLOAD_BYTES / 1024 / 1024 },
    });
  }
  if (
    error.statusCode === 415 ||
    error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
  ) {
    return new AppError('validation.invalid', { field: 'body' });
  }
  if (error.statusCode === 404) return new AppError('not_found');
  return new AppError('internal');
}

/** Our code for a zod issue, with the limit its message names (`{max}`). */
function zodIssueToOurs(
  keyword: string,
  message: string,
  params: Record<string, unknown>,
): Pick<FieldIssue, 'code' | 'params'> {
  if (keyword === 'invalid_type' && message.includes('received undefined'))
    return { code: 'validation.required' };
  if (keyword === 'invalid_value') return { code: 'validation.enum' };
  if (keyword === 'too_big' && params.origin === 'string' && typeof params.maximum === 'number')
    return { code: 'validation.too_long', params: { max: params.maximum } };
  return { code: 'validation.invalid' };
}
