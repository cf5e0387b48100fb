import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app/context.ts';
import { exportContacts } from '../../app/export/export-contacts.ts';
import { exportCustomerRecords } from '../../app/export/export-customer-records.ts';
import { exportCustomers } from '../../app/export/export-customers.ts';
import { pickLocale } from '../../domain/i18n/locale.ts';
import type { RecordExportKind } from '../../domain/export/record-export-columns.ts';
import { contextFor } from '../request-context.ts';
import { sendWorkbook } from '../send-workbook.ts';
import { authErrors, errorSchema, idParamsSchema } from '../schemas/common-schemas.ts';
import {
  customerExportQuerySchema,
  timelineExportQuerySchema,
  transactionExportQuerySchema,
  xlsxResponse,
} from '../schemas/export-schemas.ts';

const tags = ['export'];
const errors = { 400: errorSchema, 404: errorSchema, ...authErrors } as const;

const RECORD_LISTS: [RecordExportKind, string][] = [
  ['payments', '导出发票回款 Export invoices and payments'],
  ['needs', '导出需求信息 Export needs'],
  ['projects', '导出项目合作 Export projects'],
];

/**
 * Excel exports of every list (C1.12). Headers and code labels follow Accept-Language; the
 * lists' own scope and field rules apply; each export is audited.
 */
export function exportRoutes(base: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/customers/export.xlsx',
      {
        schema: {
          tags,
          summary: '导出客户列表 Export the customer list (same filters and sort as the list)',
          querystring: customerExportQuerySchema,
          response: { 200: xlsxResponse, ...errors },
        },
      },
      async (request, reply) => {
        const ctx = contextFor(base, request);
        const locale = pickLocale(request.headers['accept-language']);
        return sendWorkbook(reply, 'customers.xlsx', (out) =>
          exportCustomers(ctx, { ...request.query, locale }, out),
        );
      },
    );

    app.get(
      '/customers/:id/contacts/export.xlsx',
      {
        schema: {
          tags,
          summary: '导出联系人 Export contacts (key-person details only where C7.3 allows)',
          params: idParamsSchema,
          response: { 200: xlsxResponse, ...errors },
        },
      },
      async (request, reply) => {
        const ctx = contextFor(base, request);
        const locale = pickLocale(request.headers['accept-language']);
        return sendWorkbook(reply, 'contacts.xlsx', (out) =>
          exportContacts(ctx, { customerId: request.params.id, locale }, out),
        );
      },
    );

    for (const [kind, summary] of RECORD_LISTS) {
      app.get(
        `/customers/:id/${kind}/export.xlsx`,
        {
          schema: {
            tags,
            summary,
            params: idParamsSchema,
            response: { 200: xlsxResponse, ...errors },
          },
        },
        async (request, reply) => {
          const ctx = contextFor(base, request);
          const locale = pickLocale(request.headers['accept-language']);
          return sendWorkbook(reply, `${kind}.xlsx`, (out) =>
            exportCustomerRecords(ctx, { customerId: request.params.id, kind, locale }, out),
          );
        },
      );
    }

    app.get(
      '/customers/:id/transactions/export.xlsx',
      {
        schema: {
          tags,
          summary: "导出交易记录 Export purchase history (in the tab's sort)",
          params: idParamsSchema,
          querystring: transactionExportQuerySchema,
          response: { 200: xlsxResponse, ...errors },
        },
      },
      async (request, reply) => {
        const ctx = contextFor(base, request);
        const locale = pickLocale(request.headers['accept-language']);
        const input = {
          customerId: request.params.id,
          kind: 'transactions' as const,
          sort: request.query.sort,
          locale,
        };
        return sendWorkbook(reply, 'transactions.xlsx', (out) =>
          exportCustomerRecords(ctx, input, out),
        );
      },
    );

    app.get(
      '/customers/:id/timeline/export.xlsx',
      {
        schema: {
          tags,
          summary: '导出重要记录 Export the timeline (optionally of one kind)',
          params: idParamsSchema,
          querystring: timelineExportQuerySchema,
          response: { 200: xlsxResponse, ...errors },
        },
      },
      async (request, reply) => {
        const ctx = contextFor(base, request);
        const locale = pickLocale(request.headers['accept-language']);
        const input = {
          customerId: request.params.id,
          kind: 'timeline' as const,
          recordKind: request.query.kind,
          locale,
        };
        return sendWorkbook(reply, 'timeline.xlsx', (out) =>
          exportCustomerRecords(ctx, input, out),
        );
      },
    );
  };
}
