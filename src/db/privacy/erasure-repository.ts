import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';
import { contacts, personalDataErasures, privacyWatermarks } from '../schema/index.ts';

export type ErasureKind = 'request' | 'retention';

/** What an erased contact is called from then on. */
export function erasedContactName(contactId: number): string {
  return `已删除联系人 #${contactId}`;
}

/** Lists the contact as erased; a second erasure of the same contact keeps the first entry. */
export async function insertErasure(
  tx: DbOrTx,
  row: {
    customerId: number;
    contactId: number;
    kind: ErasureKind;
    erasedAt: Date;
    auditId: number;
  },
): Promise<void> {
  await tx.insert(personalDataErasures).values(row).onConflictDoNothing();
}

export async function isErased(db: DbOrTx, contactId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: personalDataErasures.id })
    .from(personalDataErasures)
    .where(eq(personalDataErasures.contactId, contactId));
  return row !== undefined;
}

/**
 * Anonymises a contact in place (C7.7): the row stays, so visits and projects that point at it
 * keep their link, but nothing personal is left on it. The name says which row it was.
 */
export async function anonymiseContactRow(
  tx: DbOrTx,
  customerId: number,
  contactId: number,
  at: Date,
): Promise<boolean> {
  const rows = await tx
    .update(contacts)
    .set({
      name: erasedContactName(contactId),
      gender: 'unknown',
      birthday: null,
      title: null,
      department: null,
      mobile: null,
      phone: null,
      email: null,
      address: null,
      buyingRole: null,
      isKeyPerson: false,
      updatedAt: at,
      version: sql`${contacts.version} + 1`,
    })
    .where(and(eq(contacts.id, contactId), eq(contacts.customerId, customerId)))
    .returning({ id: contacts.id });
  return rows.length === 1;
}

/**
 * Lists for masking every audit row of this customer written so far that is about the contact's
 * file (`contact.*`) or whose before/after text holds one of their identifying values.
 */
export async function markErasedAuditRows(
  tx: DbOrTx,
  customerId: number,
  contactId: number,
  values: readonly string[],
): Promise<number> {
  const patterns = values
    .filter((v) => v.length >= 2)
    .map((v) => `%${v.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const naming =
    patterns.length === 0
      ? sql`FALSE`
      : sql.join(
          patterns.map((p) => sql`(a.before::text LIKE ${p} OR a.after::text LIKE ${p})`),
          sql` OR `,
        );
  const rows = await queryRows<{ audit_id: string | number }>(
    tx,
    sql`INSERT INTO erased_audit_rows (audit_id, contact_id)
        SELECT a.id, ${contactId} FROM audit_log a
        WHERE a.customer_id = ${customerId}
          AND ((a.entity_type = 'contact' AND a.entity_id = ${String(contactId)} AND a.action LIKE 'contact.%')
            OR ${naming})
        ON CONFLICT (audit_id) DO NOTHING
        RETURNING audit_id`,
  );
  return rows.length;
}

/** Of these audit row ids, the ones to mask (markErasedAuditRows). */
export async function erasedAuditIds(db: DbOrTx, ids: readonly number[]) {
  if (ids.length === 0) return new Set<number>();
  const rows = await queryRows<{ id: string | number }>(
    db,
    sql`SELECT audit_id AS id FROM erased_audit_rows
        WHERE audit_id = ANY(${`{${ids.join(',')}}`}::bigint[])`,
  );
  return new Set(rows.map((row) => Number(row.id)));
}

/**
 * Replaces the person's name in the customer's timeline entries with the placeholder: the
 * entries stay (they are the company's record of a visit), the person is no longer named.
 */
export async function scrubNameFromRecords(
  tx: DbOrTx,
  customerId: number,
  name: string,
  placeholder: string,
  at: Date,
): Promise<number> {
  if (name.length < 2) return 0;
  const pattern = `%${name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await queryRows<{ id: string | number }>(
    tx,
    sql`UPDATE customer_records
        SET participants = replace(participants, ${name}, ${placeholder}),
            title = replace(title, ${name}, ${placeholder}),
            content = replace(content, ${name}, ${placeholder}),
            version = version + 1, updated_at = ${at.toISOString()}
        WHERE customer_id = ${customerId}
          AND (participants LIKE ${pattern} OR title LIKE ${pattern} OR content LIKE ${pattern})
        RETURNING id`,
  );
  return rows.length;
}

export type Watermark = 'login_ip';

export async function watermark(db: DbOrTx, name: Watermark): Promise<number> {
  const [row] = await db
    .select({ auditId: privacyWatermarks.auditId })
    .from(privacyWatermarks)
    .where(eq(privacyWatermarks.name, name));
  return row?.auditId ?? 0;
}

/** Moves a watermark up (never down: a shorter retention set later must not unmask). */
export async function raiseWatermark(tx: DbOrTx, name: Watermark, auditId: number, at: Date) {
  await tx
    .insert(privacyWatermarks)
    .values({ name, auditId, updatedAt: at })
    .onConflictDoUpdate({
      target: privacyWatermarks.name,
      set: { auditId: sql`GREATEST(${privacyWatermarks.auditId}, ${auditId})`, updatedAt: at },
    });
}
