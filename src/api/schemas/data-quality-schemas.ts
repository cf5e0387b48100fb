import { z } from 'zod';
import { CUSTOMER_FIELDS } from '../../domain/validation/customer-rules.ts';
import { LIFECYCLE_STATUSES, TIERS } from '../../domain/customer-fields.ts';
import { PROVINCES } from '../../domain/provinces.ts';

const nullableText = z.string().nullable();
const id = z.coerce.number().int().positive();

export const customerSummarySchema = z
  .object({
    id: z.number(),
    name: z.string(),
    shortName: nullableText,
    creditCode: z.string(),
    province: z.string(),
    city: nullableText,
    orgUnitId: z.number(),
    orgUnitName: z.string(),
    tier: z.enum(TIERS).nullable(),
    lifecycleStatus: z.enum(LIFECYCLE_STATUSES),
    completeness: z.number(),
    lastReviewedAt: nullableText,
    mergedIntoId: z.number().nullable(),
    version: z.number(),
    updatedAt: z.string(),
  })
  .meta({ id: 'CustomerSummary' });

export const duplicateCandidatesQuerySchema = z.object({
  name: z.string().max(200).optional(),
  creditCode: z.string().max(40).optional(),
  province: z.enum(PROVINCES).optional(),
  city: z.string().max(50).optional(),
  excludeId: id.optional().describe('The file being edited, never its own duplicate'),
});

export const duplicateCandidatesSchema = z
  .object({
    items: z.array(
      customerSummarySchema.extend({
        score: z.number().describe('1 for the same credit code; name similarity 0–1 otherwise'),
        reason: z.enum(['credit_code', 'name']),
      }),
    ),
  })
  .meta({ id: 'DuplicateCandidates' });

export const segmentValuesSchema = z
  .object({ needsSegments: z.array(z.string()), valueSegments: z.array(z.string()) })
  .meta({ id: 'SegmentValues' });

export const customerDataQualitySchema = z
  .object({
    customerId: z.number(),
    version: z.number(),
    completeness: z.number().describe('0–100'),
    missingFields: z.array(z.enum(CUSTOMER_FIELDS as [string, ...string[]])),
    lastReviewedAt: nullableText,
    reviewedThisQuarter: z.boolean(),
    quarter: z.object({
      year: z.number(),
      quarter: z.number(),
      start: z.string().describe('Start of the quarter, Asia/Shanghai, as an instant'),
    }),
    permissions: z.object({ review: z.boolean(), merge: z.boolean() }),
  })
  .meta({ id: 'CustomerDataQuality' });

export const mergedIntoSchema = z
  .object({ id: z.number(), mergedIntoId: z.number(), mergedIntoName: z.string() })
  .meta({ id: 'MergedInto' });

const pageQuery = {
  page: z.coerce.number().int().min(1).max(100).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

export const duplicatePairsQuerySchema = z.object({
  ...pageQuery,
  orgUnitId: id.optional(),
});

export const duplicatePairsSchema = z
  .object({
    items: z.array(
      z.object({
        score: z.number(),
        a: customerSummarySchema,
        b: customerSummarySchema,
        mergeable: z.boolean().describe('This viewer may merge the pair'),
      }),
    ),
    total: z.number(),
    page: z.number(),
    pageSize: z.number(),
  })
  .meta({ id: 'DuplicatePairs' });

const moveCounts = z
  .array(z.object({ key: z.string().describe('table.column'), count: z.number() }))
  .describe('Rows per table.column (contacts.customer_id, customer_team.customer_id…)');

export const mergePreviewQuerySchema = z.object({ sourceId: id, targetId: id });

export const mergePreviewSchema = z
  .object({ source: customerSummarySchema, target: customerSummarySchema, moves: moveCounts })
  .meta({ id: 'MergePreview' });

export const mergeInputSchema = z
  .object({
    sourceId: z.number().int().positive().describe('The duplicate, merged away'),
    targetId: z.number().int().positive().describe('The file kept'),
    sourceVersion: z.number().int().positive(),
    targetVersion: z.number().int().positive(),
  })
  .strict();

export const mergeResultSchema = z
  .object({
    auditId: z.number(),
    sourceId: z.number(),
    targetId: z.number(),
    moved: moveCounts,
  })
  .meta({ id: 'MergeResult' });

export const unmergeResultSchema = z
  .object({
    auditId: z.number(),
    sourceId: z.number(),
    targetId: z.number(),
    restored: moveCounts,
  })
  .meta({ id: 'UnmergeResult' });

export const mergeListQuerySchema = z.object(pageQuery);

export const mergeListSchema = z
  .object({
    items: z.array(
      z.object({
        auditId: z.number(),
        at: z.string(),
        actorName: z.string(),
        sourceId: z.number(),
        sourceName: nullableText,
        targetId: z.number(),
        targetName: nullableText,
        moved: moveCounts,
        inEffect: z.boolean(),
        reversible: z.boolean().describe('This viewer can undo it now'),
      }),
    ),
    total: z.number(),
    page: z.number(),
    pageSize: z.number(),
  })
  .meta({ id: 'MergeList' });

export const auditIdParamsSchema = z.object({ auditId: id });
