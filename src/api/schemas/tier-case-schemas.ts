import { z } from 'zod';
import { TIERS } from '../../domain/scoring/model-types.ts';
import { pageQuerySchema } from './record-schemas.ts';

/**
 * Shapes of tier overrides (人工调整, C2.6) and appeals (申诉, C2.7). Types only: lengths,
 * states and who may do what are the use cases' rules, with their localised, field-named errors.
 */

const tier = z.enum(TIERS);
const person = z.object({ id: z.number(), name: z.string() }).nullable();
// Routes stay off the db layer, so the run's states are described rather than enumerated.
const runState = z
  .string()
  .describe('draft | computed | under_review | published | appeal_window | final');
const OVERRIDE_STATES = ['proposed', 'approved', 'rejected', 'withdrawn'] as const;
const APPEAL_STATES = ['filed', 'assigned', 'decided'] as const;

export const runParamsSchema = z.object({ runId: z.coerce.number().int().positive() });
export const attachmentParamsSchema = z.object({
  id: z.coerce.number().int().positive(),
  attachmentId: z.coerce.number().int().positive(),
});

export const overrideInputSchema = z
  .object({ customerId: z.number().int().positive(), tier, reason: z.string() })
  .strict();

export const overrideDecisionSchema = z
  .object({
    decision: z.enum(['approve', 'reject']),
    decisionNote: z.string().nullable().optional().describe('required when rejecting'),
  })
  .strict();

export const appealInputSchema = z
  .object({
    customerId: z.number().int().positive(),
    reason: z.string(),
    requestedTier: tier.nullable().optional(),
  })
  .strict();

export const appealAssignmentSchema = z
  .object({ investigatorId: z.number().int().positive() })
  .strict();

export const appealAnswerSchema = z
  .object({
    outcome: z.enum(['upheld', 'changed']).describe('upheld 维持原级 | changed 改定为…'),
    decidedTier: tier.nullable().optional().describe('required with outcome changed'),
    answer: z.string(),
  })
  .strict();

export const overrideListQuerySchema = pageQuerySchema.extend({
  state: z.enum(OVERRIDE_STATES).optional(),
  customerId: z.coerce.number().int().positive().optional(),
});

export const appealListQuerySchema = pageQuerySchema.extend({
  state: z.enum(APPEAL_STATES).optional(),
  customerId: z.coerce.number().int().positive().optional(),
});

export const attachmentUploadQuerySchema = z.object({
  fileName: z.string().min(1).max(1000).describe('the original name; kept sanitised, ≤ 200'),
});

export const overrideSchema = z
  .object({
    id: z.number(),
    runId: z.number(),
    periodLabel: z.string(),
    runState,
    customerId: z.number(),
    customerName: z.string(),
    computedTier: tier.nullable(),
    tier: tier.describe('the tier set by hand'),
    reason: z.string(),
    state: z.enum(OVERRIDE_STATES),
    proposedBy: person,
    proposedAt: z.string(),
    decidedBy: person,
    decidedAt: z.string().nullable(),
    decisionNote: z.string().nullable(),
    supersededBy: z.number().nullable().describe('the later approved override that replaced it'),
    version: z.number().describe('send as If-Match to decide'),
  })
  .meta({ id: 'TierOverride' });

export const overrideDetailSchema = overrideSchema
  .extend({ permissions: z.object({ withdraw: z.boolean(), decide: z.boolean() }) })
  .meta({ id: 'TierOverrideDetail' });

export const overrideListSchema = z.object({
  items: z.array(overrideSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  permissions: z.object({ decide: z.boolean() }),
});

const appealDetailsSchema = z
  .object({
    reason: z.string(),
    requestedTier: tier.nullable(),
    filedBy: person,
    investigator: person,
    assignedAt: z.string().nullable(),
    answer: z.string().nullable(),
    decidedBy: person,
    attachmentCount: z.number(),
  })
  .nullable()
  .describe("null unless the reader is in the appeal's circle");

export const appealSchema = z
  .object({
    id: z.number(),
    runId: z.number(),
    periodLabel: z.string(),
    runState,
    appealClosesAt: z.string().nullable(),
    customerId: z.number(),
    customerName: z.string(),
    computedTier: tier.nullable(),
    state: z.enum(APPEAL_STATES),
    filedAt: z.string(),
    outcome: z.enum(['upheld', 'changed']).nullable(),
    decidedTier: tier.nullable(),
    decidedAt: z.string().nullable(),
    version: z.number().describe('send as If-Match to assign or answer'),
    details: appealDetailsSchema,
  })
  .meta({ id: 'TierAppeal' });

export const appealDetailSchema = appealSchema
  .extend({
    permissions: z.object({ attach: z.boolean(), assign: z.boolean(), answer: z.boolean() }),
  })
  .meta({ id: 'TierAppealDetail' });

export const appealListSchema = z.object({
  items: z.array(appealSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  permissions: z.object({ assign: z.boolean() }),
});

export const attachmentSchema = z
  .object({
    id: z.number(),
    appealId: z.number(),
    fileName: z.string(),
    contentType: z.string(),
    sizeBytes: z.number(),
    sha256: z.string(),
    uploadedBy: person,
    uploadedAt: z.string(),
  })
  .meta({ id: 'AppealAttachment' });

export const attachmentListSchema = z.object({
  items: z.array(attachmentSchema),
  permissions: z.object({ upload: z.boolean() }),
});

export const fileResponse = {
  description: 'the evidence file, as uploaded; Content-Disposition attachment',
  content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
};
