import { z } from 'zod';
import { customerContactSchema, keyPersonDetailsSchema } from './contact-schemas.ts';

const text3 = z.object({ 'zh-CN': z.string(), 'zh-TW': z.string(), en: z.string() });

export const personalDataRegisterSchema = z
  .object({
    retention: z
      .object({
        terminatedContactYears: z
          .number()
          .describe('years after a terminated customer’s last change; 0 = never'),
        loginIpDays: z.number().describe('days sign-in addresses stay shown; 0 = always'),
        loginIpMinDays: z.number().describe('the legal floor for loginIpDays'),
      })
      .describe('the retention rules this server runs with (PATRON_RETENTION_*)'),
    items: z.array(
      z.object({
        table: z.string(),
        column: z.string(),
        field: text3,
        dataClass: z.enum(['basic', 'sensitive']),
        dataClassLabel: text3,
        purpose: text3,
        legalBasis: z.enum(['consent', 'contract_hr', 'legal_duty', 'public_source']),
        legalBasisLabel: text3,
        retention: text3,
        retentionSetting: z.string().nullable(),
        consentRecord: z.string().nullable(),
      }),
    ),
  })
  .describe('个人信息清单 Register of personal-data fields (C7.7)');

export const personalDataExportSchema = z
  .object({
    kind: z.literal('patron.personal-data'),
    exportedAt: z.string(),
    customerId: z.number(),
    erased: z.boolean(),
    contact: customerContactSchema,
    keyPersonDetails: keyPersonDetailsSchema.nullable(),
    recordsNamingThem: z.array(
      z.object({
        id: z.number(),
        kind: z.string(),
        occurredAt: z.string(),
        title: z.string(),
        participants: z.string().nullable(),
      }),
    ),
    auditTrail: z.array(
      z.object({ id: z.number(), at: z.string(), action: z.string(), hash: z.string() }),
    ),
  })
  .describe('Everything held about one contact; sent as an attachment, audited (privacy.export)');

export const erasureInputSchema = z
  .object({ reason: z.string().max(2000) })
  .strict()
  .describe('reason: whose request, received when (not the person’s details)');

export const erasureResultSchema = z.object({ contactId: z.number(), erased: z.literal(true) });
