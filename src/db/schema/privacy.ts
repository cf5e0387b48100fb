import { bigint, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { customers } from './customers.ts';

/**
 * C7.7 personal-information rights: the erasure list. One row per contact whose personal data
 * was erased (on request or by the retention purge). The contact row itself is anonymised in
 * place; the append-only, hash-chained audit log cannot be rewritten without breaking the chain,
 * so every audit read masks the values of rows about a contact listed here (docs/privacy.md).
 * No foreign key to contacts: an erased contact may later be deleted, its erasure stays listed.
 */
export const personalDataErasures = pgTable(
  'personal_data_erasures',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    customerId: bigint('customer_id', { mode: 'number' })
      .notNull()
      .references(() => customers.id),
    contactId: bigint('contact_id', { mode: 'number' }).notNull(),
    /** `request` (依申请删除) or `retention` (scheduled purge). */
    kind: text('kind').$type<'request' | 'retention'>().notNull(),
    erasedAt: timestamp('erased_at', { withTimezone: true }).notNull(),
    /** The `privacy.erase` audit row that records who, why and the keyed-hash trace. */
    auditId: bigint('audit_id', { mode: 'number' }).notNull(),
  },
  (t) => [uniqueIndex('personal_data_erasures_contact_key').on(t.contactId)],
);

/**
 * Retention watermarks: `login_ip` = the highest audit id whose sign-in address is past its
 * retention; reads show no address at or below it. A watermark only moves up.
 */
export const privacyWatermarks = pgTable('privacy_watermarks', {
  name: text('name').primaryKey(),
  auditId: bigint('audit_id', { mode: 'number' }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/**
 * The audit rows whose before/after held an erased person's values in clear, found once at the
 * erasure (rows about the contact, and any row of the customer naming their name, phone, email
 * or address — a timeline entry listing them as participant). Every audit read masks their
 * values; the rows themselves stay untouched, so the hash chain still verifies.
 */
export const erasedAuditRows = pgTable('erased_audit_rows', {
  auditId: bigint('audit_id', { mode: 'number' }).primaryKey(),
  contactId: bigint('contact_id', { mode: 'number' }).notNull(),
});
