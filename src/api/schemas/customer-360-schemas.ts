import { z } from 'zod';
import { customerSchema } from './customer-schemas.ts';

const nullableText = z.string().nullable();

export const contactSchema = z
  .object({
    id: z.number(),
    name: z.string(),
    gender: z.string(),
    birthday: nullableText,
    title: nullableText,
    department: nullableText,
    mobile: nullableText.describe('E.164'),
    phone: nullableText,
    email: nullableText,
    address: nullableText,
    buyingRole: nullableText,
    isKeyPerson: z.boolean(),
  })
  .meta({ id: 'Contact' });

export const transactionSchema = z
  .object({
    id: z.number(),
    occurredOn: z.string(),
    amount: z.string(),
    cost: nullableText,
    profit: nullableText,
    product: nullableText,
    quantity: nullableText,
    channel: nullableText,
    externalId: nullableText,
  })
  .meta({ id: 'Transaction' });

export const customer360Schema = z
  .object({
    customer: customerSchema,
    orgUnit: z.object({ id: z.number(), code: z.string(), name: z.string() }),
    team: z.array(z.object({ userId: z.number(), displayName: z.string(), teamRole: z.string() })),
    contacts: z.array(contactSchema),
    purchases: z.object({
      last12Months: z.string(),
      lifetime: z.string(),
      lastPurchaseOn: nullableText,
      orders12Months: z.number(),
    }),
    recentTransactions: z.array(transactionSchema),
    permissions: z.object({ edit: z.boolean() }),
  })
  .meta({ id: 'Customer360' });

export const auditListSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.number(),
        at: z.string(),
        actorName: z.string(),
        action: z.string(),
        before: z.unknown(),
        after: z.unknown(),
      }),
    ),
  })
  .meta({ id: 'AuditList' });
