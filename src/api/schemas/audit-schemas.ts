import { z } from 'zod';

/** The audit screen's filters (C7.5); dates are Beijing calendar days, both ends inclusive. */
export const auditFilterQuerySchema = z.object({
  actor: z.string().max(100).optional().describe('用户编号或用户名 A user id or username'),
  customerId: z.coerce.number().int().positive().optional(),
  action: z
    .string()
    .max(100)
    .optional()
    .describe('One action (auth.login), or a family when it ends with a dot (scoring.)'),
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  from: z.string().max(40).optional().describe('YYYY-MM-DD, Beijing day, inclusive'),
  to: z.string().max(40).optional().describe('YYYY-MM-DD, Beijing day, inclusive'),
});

export const auditListQuerySchema = auditFilterQuerySchema.extend({
  beforeId: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .describe('nextBeforeId of the previous page: rows older than this id'),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const auditLogSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.number(),
        at: z.string(),
        actorId: z.number().nullable(),
        actorName: z.string(),
        ip: z.string().nullable(),
        requestId: z
          .string()
          .nullable()
          .describe('X-Request-Id of the HTTP request that wrote the row; null outside HTTP'),
        action: z.string(),
        entityType: z.string(),
        entityId: z.string().nullable(),
        customerId: z.number().nullable(),
        customerName: z
          .string()
          .nullable()
          .describe('Only for readers of every customer file (the auditor); null for the admin'),
        before: z.unknown(),
        after: z.unknown(),
        detailsWithheld: z
          .boolean()
          .describe("True when before/after are a customer file's values this reader may not see"),
      }),
    ),
    nextBeforeId: z.number().nullable().describe('Pass as beforeId for the next, older page'),
  })
  .meta({ id: 'AuditLog' });

export const auditActionsSchema = z
  .object({
    actions: z.array(z.string()),
    families: z.array(z.string()).describe('Prefixes such as scoring. for the action filter'),
  })
  .meta({ id: 'AuditActions' });
