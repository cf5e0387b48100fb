import { z } from 'zod';
import type { FieldRule } from '../../domain/validation/field-rules.ts';
import {
  CREDIT_PROFILE_RULES,
  GROUP_PARENT_RULES,
  NEED_RULES,
  PAYMENT_RULES,
  PROJECT_RULES,
  TIMELINE_RULES,
  TRANSACTION_RULES,
} from '../../domain/validation/record-rules.ts';
import { RECORD_KINDS } from '../../domain/record-fields.ts';
import { DEFAULT_TRANSACTION_SORT, TRANSACTION_SORTS } from '../../domain/transaction-sorts.ts';

/**
 * Input shapes of the customer's records, derived from the domain rules so the OpenAPI document
 * and the validation cannot drift apart. Zod checks only types; codes, formats, ranges and
 * cross-field rules are the domain's, with localised, field-named errors.
 */
function httpTypeOf(rule: FieldRule): z.ZodType {
  switch (rule.kind) {
    case 'enum':
      // Checked by the domain rule, not by zod, so the error names the record's field
      // ("需求类型", path need.kind) like every other issue of the record.
      return z
        .string()
        .nullable()
        .describe(`one of: ${rule.values.join(', ')}`);
    case 'int':
      return z.union([z.number().int(), z.string()]).nullable();
    case 'money':
      return z
        .union([z.string(), z.number()])
        .nullable()
        .describe('Amount in 元; accepts ¥, separators, 万 and 亿');
    case 'date':
      return z.string().nullable().describe('YYYY-MM-DD');
    default:
      return z.string().nullable();
  }
}

function inputSchema<K extends string>(rules: Record<K, FieldRule>) {
  const shape = Object.fromEntries(
    Object.entries<FieldRule>(rules).map(([field, rule]) => [field, httpTypeOf(rule).optional()]),
  ) as Record<K, z.ZodOptional<z.ZodType>>;
  return z.object(shape).strict();
}

export const transactionInputSchema = inputSchema(TRANSACTION_RULES).describe(
  'quantity: a decimal with at most 3 places; profit is amount − cost when cost is given',
);
export const paymentInputSchema = inputSchema(PAYMENT_RULES);
export const creditProfileInputSchema = inputSchema(CREDIT_PROFILE_RULES);
export const needInputSchema = inputSchema(NEED_RULES);
export const projectInputSchema = inputSchema(PROJECT_RULES);
export const timelineInputSchema = inputSchema(TIMELINE_RULES).describe(
  'occurredAt: YYYY-MM-DD HH:mm (Beijing time) or ISO 8601 with an offset',
);
export const groupParentInputSchema = z
  .object({ parentCustomerId: httpTypeOf(GROUP_PARENT_RULES.parentCustomerId) })
  .strict();

export const recordParamsSchema = z.object({
  id: z.coerce.number().int().positive(),
  recordId: z.coerce.number().int().positive(),
});

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const transactionSortSchema = z
  .enum(TRANSACTION_SORTS)
  .describe(
    '-occurredOn (newest first, the default), occurredOn, -amount, amount; by amount needs confidential access (C7.3)',
  );

export const transactionQuerySchema = pageQuerySchema.extend({
  sort: transactionSortSchema.default(DEFAULT_TRANSACTION_SORT),
});

export const timelineQuerySchema = pageQuerySchema.extend({
  kind: z.enum(RECORD_KINDS).optional(),
});
