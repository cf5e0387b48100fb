import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { FIELD_REGISTRY, fieldEntryOf, type Surface } from '../../domain/field-classes.ts';
import { customerContactSchema } from './contact-schemas.ts';
import { contactSchema, customer360Schema } from './customer-360-schemas.ts';
import { customerListSchema, customerSchema } from './customer-schemas.ts';
import { personalDataExportSchema } from './privacy-schemas.ts';
import {
  creditFileSchema,
  creditProfileSchema,
  needSchema,
  paymentPageSchema,
  paymentSchema,
  paymentStatsSchema,
  projectSchema,
  timelineRecordSchema,
  transactionPageSchema,
  transactionSchema,
} from './record-output-schemas.ts';

type AnyObject = z.ZodObject<z.core.$ZodShape>;
const group = customer360Schema.shape.group;

/** Every response object that carries a surface's fields, with the surface it carries. */
const SCHEMAS: [string, AnyObject, Surface][] = [
  ['Customer', customerSchema, 'customer'],
  ['CustomerList item', customerListSchema.shape.items.element, 'customerListItem'],
  ['CustomerContact', customerContactSchema, 'contact'],
  ['Contact (360)', contactSchema, 'contact'],
  ['personal-data contact', personalDataExportSchema.shape.contact, 'contact'],
  ['Transaction', transactionSchema, 'transaction'],
  ['TransactionPage item', transactionPageSchema.shape.items.element, 'transaction'],
  ['Payment', paymentSchema, 'payment'],
  ['PaymentPage', paymentPageSchema, 'paymentPage'],
  ['PaymentStats', paymentStatsSchema, 'paymentStats'],
  ['CreditProfile', creditProfileSchema, 'creditProfile'],
  ['CreditFile', creditFileSchema, 'creditFile'],
  ['Need', needSchema, 'need'],
  ['Project', projectSchema, 'project'],
  ['TimelineRecord', timelineRecordSchema, 'timelineRecord'],
  ['Customer360', customer360Schema, 'customer360'],
  ['Customer360 purchases', customer360Schema.shape.purchases, 'purchaseTotals'],
  ['Customer360 group', group, 'group'],
  ['group subsidiary', group.shape.subsidiaries.element, 'groupSubsidiary'],
  ['group rollup', group.shape.rollup.unwrap(), 'groupRollup'],
];

describe('response schemas follow the field registry (C7.3)', () => {
  it.each(SCHEMAS)(
    '%s: every field is classified, and optional unless public',
    (_, schema, surface) => {
      for (const [key, field] of Object.entries(schema.shape)) {
        const entry = fieldEntryOf(surface, key);
        expect(entry, `${surface}.${key} is not in src/domain/field-classes.ts`).toBeDefined();
        const optional = (field as z.ZodType).safeParse(undefined).success;
        expect(optional, `${surface}.${key} (${entry?.class})`).toBe(entry?.class !== 'public');
      }
    },
  );

  it('names only surfaces that exist, and every surface has a schema or a DTO test', () => {
    const covered = new Set(SCHEMAS.map(([, , surface]) => surface));
    // The export-only surface is checked against its columns in field-registry.db.test.ts.
    const rest = Object.keys(FIELD_REGISTRY).filter((s) => !covered.has(s as Surface));
    expect(rest).toEqual(['keyPersonExport']);
  });
});
