import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { contacts } from '../schema/index.ts';
import type { DbOrTx } from '../db-types.ts';

export type ContactRow = typeof contacts.$inferSelect;
export type NewContactRow = typeof contacts.$inferInsert;

/** A customer's contacts, key persons first (index contacts_customer_idx). */
export async function listContactRows(db: DbOrTx, customerId: number): Promise<ContactRow[]> {
  return db
    .select()
    .from(contacts)
    .where(eq(contacts.customerId, customerId))
    .orderBy(desc(contacts.isKeyPerson), asc(contacts.id));
}

/** One contact, only if it belongs to this customer (so scope checked on the customer holds). */
export async function findContactRow(
  db: DbOrTx,
  customerId: number,
  contactId: number,
): Promise<ContactRow | undefined> {
  const [row] = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.id, contactId), eq(contacts.customerId, customerId)));
  return row;
}

export async function insertContactRow(tx: DbOrTx, values: NewContactRow): Promise<ContactRow> {
  const [row] = await tx.insert(contacts).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Updates only when `version` still matches; undefined means someone else changed it first. */
export async function updateContactIfVersion(
  tx: DbOrTx,
  contactId: number,
  version: number,
  values: Partial<NewContactRow>,
): Promise<ContactRow | undefined> {
  const [row] = await tx
    .update(contacts)
    .set({ ...values, version: sql`${contacts.version} + 1` })
    .where(and(eq(contacts.id, contactId), eq(contacts.version, version)))
    .returning();
  return row;
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
