import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { exportAuditLog } from '../../app/audit/export-audit-log.ts';
import { listAuditActions } from '../../app/audit/list-audit-actions.ts';
import { listAuditLog } from '../../app/audit/list-audit-log.ts';
import type { AppContext } from '../../app/context.ts';
import { pickLocale } from '../../domain/i18n/locale.ts';
import { contextFor } from '../request-context.ts';
import { sendWorkbook } from '../send-workbook.ts';
import { authErrors, errorSchema } from '../schemas/common-schemas.ts';
import {
  auditActionsSchema,
  auditFilterQuerySchema,
  auditListQuerySchema,
  auditLogSchema,
} from '../schemas/audit-schemas.ts';
import { xlsxResponse } from '../schemas/export-schemas.ts';

const tags = ['audit'];

/** The audit screen (C7.5, issue 5): the auditor and the admin only; reading is audited. */
export function auditRoutes(base: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/audit',
      {
        schema: {
          tags,
          summary: '审计日志 The audit log, newest first, filtered and keyset-paged',
          querystring: auditListQuerySchema,
          response: { 200: auditLogSchema, 400: errorSchema, ...authErrors },
        },
      },
      async (request) => listAuditLog(contextFor(base, request), request.query),
    );

    app.get(
      '/audit/actions',
      {
        schema: {
          tags,
          summary: '审计操作类型 The actions and action families to filter by',
          response: { 200: auditActionsSchema, ...authErrors },
        },
      },
      async (request) => listAuditActions(contextFor(base, request)),
    );

    app.get(
      '/audit/export.xlsx',
      {
        schema: {
          tags,
          summary: '导出审计日志 Export the audit log (same filters as the screen)',
          querystring: auditFilterQuerySchema,
          response: { 200: xlsxResponse, 400: errorSchema, ...authErrors },
        },
      },
      async (request, reply) => {
        const ctx = contextFor(base, request);
        const locale = pickLocale(request.headers['accept-language']);
        return sendWorkbook(reply, 'audit-log.xlsx', (out) =>
          exportAuditLog(ctx, { ...request.query, locale }, out),
        );
      },
    );
  };
}
