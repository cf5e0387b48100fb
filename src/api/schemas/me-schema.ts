import { z } from 'zod';

/** The signed-in user as `/api/me` and the sign-in routes answer it. */
const agreementTextSchema = z.object({
  title: z.string(),
  paragraphs: z.array(z.string()).readonly(),
});

export const agreementSchema = z
  .object({
    version: z.string(),
    required: z
      .boolean()
      .describe(
        'True until accepted; every customer-data route answers 403 auth.agreement_required',
      ),
    text: z
      .object({
        'zh-CN': agreementTextSchema,
        'zh-TW': agreementTextSchema,
        en: agreementTextSchema,
      })
      .nullable()
      .describe('The agreement in each language, while acceptance is required; null after'),
  })
  .meta({ id: 'ConfidentialityAgreement' });

export const secondFactorSchema = z
  .object({
    enrolled: z.boolean().describe('The user has a confirmed authenticator (TOTP)'),
    requiredByRole: z
      .boolean()
      .describe('A role of the user (admin, auditor, director, committee) requires one'),
    pending: z
      .enum(['verify', 'enrol'])
      .nullable()
      .describe(
        'What this session lacks: verify → POST /api/auth/second-factor; enrol → set up an authenticator (POST /api/auth/totp/enrolment). Until null, other routes answer 403.',
      ),
  })
  .meta({ id: 'SecondFactorState' });

export const meSchema = z
  .object({
    id: z.number(),
    username: z.string(),
    displayName: z.string(),
    orgUnit: z.object({ id: z.number(), code: z.string(), name: z.string(), kind: z.string() }),
    roles: z.array(z.string()),
    permissions: z.object({
      viewCustomers: z.boolean(),
      createCustomer: z.boolean(),
      waiveCreditCodeCheck: z.boolean(),
      manageUsers: z.boolean(),
    }),
    agreement: agreementSchema,
    secondFactor: secondFactorSchema,
  })
  .meta({ id: 'Me' });
