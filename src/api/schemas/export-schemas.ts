import { z } from 'zod';
import { RECORD_KINDS } from '../../domain/record-fields.ts';
import { customerListQuerySchema } from './customer-schemas.ts';
import { transactionSortSchema } from './record-schemas.ts';

/** The list's own filters and sort; no paging, since an export holds every matching row. */
export const customerExportQuerySchema = customerListQuerySchema.omit({
  page: true,
  pageSize: true,
});

export const timelineExportQuerySchema = z.object({ kind: z.enum(RECORD_KINDS).optional() });

/** The purchase tab's sort, so the file is in the order of the screen. */
export const transactionExportQuerySchema = z.object({ sort: transactionSortSchema.optional() });

/** An .xlsx file; the schema the OpenAPI document shows for it. */
export const xlsxResponse = {
  description: 'Excel 工作簿 (.xlsx); header X-Export-Rows gives the number of rows',
  content: {
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
      schema: z.string().meta({ format: 'binary' }),
    },
  },
};
