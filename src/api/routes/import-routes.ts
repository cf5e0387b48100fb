import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { commitImport } from '../../app/import/commit-import.ts';
import { dryRunImport } from '../../app/import/dry-run-import.ts';
import { importErrorReport } from '../../app/import/import-error-report.ts';
import { bufferSource } from '../../app/import/import-source.ts';
import { importTemplate } from '../../app/import/import-template.ts';
import { previewImport } from '../../app/import/preview-import.ts';
import type { ImportRequest } from '../../app/import/run-import.ts';
import { AppError } from '../../domain/app-error.ts';
import { errorMessage } from '../../domain/i18n/error-messages.ts';
import { fieldLabel } from '../../domain/i18n/field-labels.ts';
import { pickLocale, type Locale } from '../../domain/i18n/locale.ts';
import type { ColumnMappingInput } from '../../domain/import/header-match.ts';
import { parseColumnMapping } from '../../domain/import/parse-column-mapping.ts';
import { MAX_UPLOAD_BYTES } from '../../domain/import/import-kinds.ts';
import { importErrorMessage, type ImportReport } from '../../domain/import/import-report.ts';
import { attachmentDisposition } from '../content-disposition.ts';
import { contextFor } from '../request-context.ts';
import { XLSX_TYPE } from '../send-workbook.ts';
import { authErrors, errorSchema } from '../schemas/common-schemas.ts';
import { xlsxResponse } from '../schemas/export-schemas.ts';
import {
  dryRunQuerySchema,
  importKindParamsSchema,
  importPreviewSchema,
  importReportSchema,
  importRunQuerySchema,
  importUploadQuerySchema,
} from '../schemas/import-schemas.ts';

const tags = ['import'];
const errors = { 400: errorSchema, 413: errorSchema, ...authErrors } as const;
// Browsers label a dropped file by its extension; Windows calls a .csv "application/vnd.ms-excel".
const FILE_TYPES = ['application/octet-stream', XLSX_TYPE, 'text/csv', 'application/vnd.ms-excel'];
const BODY =
  'Body: the .xlsx or .csv file itself (application/octet-stream), at most 50 MB; larger files go through `patron import`.';

/**
 * Imports (C1.12): template → upload for the mapping → dry run (JSON or an .xlsx error report)
 * → commit. The file is the raw request body, so no multipart parser is needed.
 */
export function importRoutes(base: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.addContentTypeParser(
      FILE_TYPES,
      { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES },
      (_request, body, done) => done(null, body),
    );

    app.get(
      '/imports/:kind/template',
      {
        schema: {
          tags,
          summary: '下载导入模板 Excel template with the headers and an example row',
          params: importKindParamsSchema,
          response: { 200: xlsxResponse, ...authErrors },
        },
      },
      async (request, reply) => {
        contextFor(base, request);
        const locale = localeOf(request);
        const file = await importTemplate(request.params.kind, locale);
        const name = `${request.params.kind}-template.xlsx`;
        return sendXlsx(reply, file, name, name);
      },
    );

    app.post(
      '/imports/:kind/preview',
      {
        schema: {
          tags,
          summary: '识别列 Read the header and first rows; which field each column feeds',
          description: BODY,
          params: importKindParamsSchema,
          querystring: importUploadQuerySchema,
          response: { 200: importPreviewSchema, ...errors },
        },
      },
      async (request) => {
        const ctx = contextFor(base, request);
        const locale = localeOf(request);
        const preview = await previewImport(
          ctx,
          request.params.kind,
          bufferSource(request.query.fileName, fileBody(request)),
          parseMapping(request.query.mapping),
        );
        return {
          ...preview,
          issues: preview.issues.map((issue) => ({
            field: issue.field,
            code: issue.code,
            message: errorMessage(issue.code, locale, issue.field, issue.params),
          })),
          fields: preview.fields.map((f) => ({ ...f, label: fieldLabel(f.field, locale) })),
        };
      },
    );

    app.post(
      '/imports/:kind/dry-run',
      {
        schema: {
          tags,
          summary: '试导入 Check every row and report what a commit would do; writes nothing',
          description: `${BODY} With format=xlsx the answer is the row errors as a workbook.`,
          params: importKindParamsSchema,
          querystring: dryRunQuerySchema,
          response: { 200: importReportSchema, ...errors },
        },
      },
      async (request, reply) => {
        const ctx = contextFor(base, request);
        const locale = localeOf(request);
        const report = await dryRunImport(ctx, importRequest(request.params.kind, request));
        if (request.query.format !== 'xlsx') return localised(report, locale);
        const file = await importErrorReport(report, locale);
        const stem = request.query.fileName.replace(/\.(csv|xlsx|txt)$/i, '');
        return sendXlsx(reply, file, `errors-${stem}.xlsx`, `errors-${asciiName(stem)}.xlsx`);
      },
    );

    app.post(
      '/imports/:kind/commit',
      {
        schema: {
          tags,
          summary:
            '导入 Import: all or nothing unless skipInvalid; status invalid = nothing written',
          description: BODY,
          params: importKindParamsSchema,
          querystring: importRunQuerySchema,
          response: { 200: importReportSchema, ...errors },
        },
      },
      async (request) => {
        const ctx = contextFor(base, request);
        const report = await commitImport(ctx, importRequest(request.params.kind, request));
        return localised(report, localeOf(request));
      },
    );
  };
}

type RunRequest = FastifyRequest & {
  query: { fileName: string; mapping?: string; orgUnitId?: number; skipInvalid: boolean };
};

function importRequest(kind: ImportRequest['kind'], request: RunRequest): ImportRequest {
  const { fileName, mapping, orgUnitId, skipInvalid } = request.query;
  return {
    kind,
    source: bufferSource(fileName, fileBody(request)),
    mapping: parseMapping(mapping),
    orgUnitId,
    skipInvalid,
  };
}

function fileBody(request: FastifyRequest): Buffer {
  const body = request.body;
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw new AppError('validation.required', { field: 'file' });
  }
  return body;
}

function parseMapping(raw: string | undefined): ColumnMappingInput | undefined {
  return raw === undefined || raw === '' ? undefined : parseColumnMapping(raw);
}

const localeOf = (request: FastifyRequest): Locale =>
  pickLocale(request.headers['accept-language']);

function localised(report: ImportReport, locale: Locale) {
  return {
    ...report,
    errors: report.errors.map((error) => ({
      row: error.row,
      column: error.column,
      field: error.field,
      value: error.value,
      code: error.code,
      message: importErrorMessage(error, locale),
    })),
  };
}

function sendXlsx(reply: FastifyReply, file: Buffer, name: string, ascii: string) {
  return reply
    .header('content-type', XLSX_TYPE)
    .header('content-disposition', attachmentDisposition(name, ascii))
    .header('cache-control', 'no-store')
    .send(file);
}

function asciiName(base: string): string {
  return base.replace(/[^\w.-]/g, '_') || 'import';
}
