import { z } from 'zod';
import { IMPORT_KINDS } from '../../domain/import/import-kinds.ts';

export const importKindParamsSchema = z.object({ kind: z.enum(IMPORT_KINDS) });

const flag = z
  .enum(['true', 'false'])
  .optional()
  .transform((value) => value === 'true');

/**
 * The file travels as the raw request body (application/octet-stream, or its own type); what
 * goes with it travels in the query. `mapping` is a JSON object: header as in the file → field,
 * or null to ignore that column.
 */
export const importUploadQuerySchema = z.object({
  fileName: z.string().min(1).max(255),
  mapping: z.string().max(20_000).optional(),
});

export const importRunQuerySchema = importUploadQuerySchema.extend({
  /** Customers: the sales region for rows that name none (default: the user's own unit). */
  orgUnitId: z.coerce.number().int().positive().optional(),
  /** Commit the good rows and leave the bad ones out (default: all or nothing). */
  skipInvalid: flag,
});

export const dryRunQuerySchema = importRunQuerySchema.extend({
  /** `xlsx`: answer the row errors as a workbook instead of JSON. */
  format: z.enum(['json', 'xlsx']).default('json'),
});

/** Request body of the upload routes, as the OpenAPI document shows it. */
export const uploadBody = {
  description: 'The .xlsx or .csv file itself (UTF-8, UTF-8 with BOM, GBK/GB18030 or UTF-16)',
  content: {
    'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
  },
};

const mappedColumnSchema = z.object({
  index: z.number().int(),
  header: z.string(),
  field: z.string().nullable(),
  unit: z.enum(['万', '亿']).optional(),
});

const issueSchema = z.object({ field: z.string(), code: z.string(), message: z.string() });

export const importPreviewSchema = z
  .object({
    format: z.enum(['csv', 'xlsx']),
    headerRow: z.number().int(),
    columns: z.array(mappedColumnSchema),
    issues: z.array(issueSchema),
    sample: z.array(z.object({ row: z.number().int(), cells: z.array(z.string()) })),
    fields: z.array(z.object({ field: z.string(), label: z.string(), required: z.boolean() })),
  })
  .meta({ id: 'ImportPreview' });

export const importReportSchema = z
  .object({
    kind: z.enum(IMPORT_KINDS),
    fileName: z.string(),
    format: z.enum(['csv', 'xlsx']),
    dryRun: z.boolean(),
    status: z.enum(['valid', 'invalid', 'committed']),
    columns: z.array(mappedColumnSchema),
    rows: z.number().int(),
    errorRows: z.number().int(),
    errors: z.array(
      z.object({
        row: z.number().int(),
        column: z.string().nullable(),
        field: z.string(),
        value: z.string(),
        code: z.string(),
        message: z.string(),
      }),
    ),
    errorsTruncated: z.boolean(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    skippedInvalid: z.boolean(),
    nameCandidates: z.array(
      z.object({
        row: z.number().int(),
        name: z.string(),
        candidates: z.array(z.object({ id: z.number(), name: z.string(), score: z.number() })),
      }),
    ),
  })
  .meta({ id: 'ImportReport' });
