import { and, asc, desc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import { contacts, personalDataErasures } from '../schema/index.ts';
import type { DbOrTx } from '../db-types.ts';
import { parsedJson, rowFromJson, rowJson } from '../row-json.ts';

export type NewContactRow = typeof contacts.$inferInsert;

/**
 * A contact as the reads give it: its row and, once its personal data was erased (C7.7), when —
 * the erased name alone (已删除联系人 #id) would not tell a screen in English.
 */
export type ContactRow = typeof contacts.$inferSelect & { erasedAt: Date | null };

const CONTACT_COLUMNS = {
  ...getTableColumns(contacts),
  erasedAt: personalDataErasures.erasedAt,
};

function selectContacts(db: DbOrTx) {
  return db
    .select(CONTACT_COLUMNS)
    .from(contacts)
    .leftJoin(personalDataErasures, eq(personalDataErasures.contactId, contacts.id));
}

/** A customer's contacts, key persons first (index contacts_customer_idx). */
export async function listContactRows(db: DbOrTx, customerId: number): Promise<ContactRow[]> {
  return selectContacts(db)
    .where(eq(contacts.customerId, customerId))
    .orderBy(desc(contacts.isKeyPerson), asc(contacts.id));
}

/**
 * `listContactRows` as one JSON value, a scalar subquery for a statement that reads several
 * parts at once (customer-360-query.ts); `contactRowsFromJson` gives the same rows back.
 */
export function contactRowsJson(customerId: number): SQL {
  return sql`(
    SELECT coalesce(json_agg(json_build_object(
             'row', ${rowJson(contacts, 'contacts')}, 'erasedAt', e.erased_at)
           ORDER BY contacts.is_key_person DESC, contacts.id), '[]'::json)
    FROM contacts LEFT JOIN personal_data_erasures e ON e.contact_id = contacts.id
    WHERE contacts.customer_id = ${customerId})`;
}

export function contactRowsFromJson(value: unknown): ContactRow[] {
  return parsedJson<{ row: unknown; erasedAt: string | null }[]>(value).map((item) => ({
    ...rowFromJson(contacts, item.row),
    erasedAt: item.erasedAt === null ? null : new Date(item.erasedAt),
  }));
}

/** One contact, only if it belongs to this customer (so scope checked on the customer holds). */
export async function findContactRow(
  db: DbOrTx,
  customerId: number,
  contactId: number,
): Promise<ContactRow | undefined> {
  const [row] = await selectContacts(db).where(
    and(eq(contacts.id, contactId), eq(contacts.customerId, customerId)),
  );
  return row;
}

/** A new contact: nothing of it has been erased yet. */
export async function insertContactRow(tx: DbOrTx, values: NewContactRow): Promise<ContactRow> {
  const [row] = await tx.insert(contacts).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return { ...row, erasedAt: null };
}

/** Updates only when `version` still matches; undefined means someone else changed it first. */
export async function updateContactIfVersion(
  tx: DbOrTx,
  current: ContactRow,
  values: Partial<NewContactRow>,
): Promise<ContactRow | undefined> {
  const [row] = await tx
    .update(contacts)
    .set({ ...values, version: sql`${contacts.version} + 1` })
    .where(and(eq(contacts.id, current.id), eq(contacts.version, current.version)))
    .returning();
  // An edit does not undo an erasure: the entry in the erasure list stays.
  return row && { ...row, erasedAt: current.erasedAt };
}

export async function deleteContactIfVersion(
  tx: DbOrTx,
  contactId: number,
  version: number,
): Promise<boolean> {
  const rows = await tx
    .delete(contacts)
    .where(and(eq(contacts.id, contactId), eq(contacts.version, version)))
    .returning({ id: contacts.id });
  return rows.length === 1;
}
