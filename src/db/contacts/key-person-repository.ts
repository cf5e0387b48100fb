import { and, asc, eq, gt, ne, sql } from 'drizzle-orm';
import { contacts, keyPersonDetails } from '../schema/index.ts';
import type { DbOrTx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';

export type KeyPersonRow = typeof keyPersonDetails.$inferSelect;
export type NewKeyPersonRow = typeof keyPersonDetails.$inferInsert;

/**
 * The id a new row will have, taken before the insert: the ciphertext's associated data is the
 * row id, so it must be known when sealing.
 */
export async function allocateKeyPersonId(tx: DbOrTx): Promise<number> {
  const rows = await queryRows<{ id: string | number }>(
    tx,
    sql`SELECT nextval(pg_get_serial_sequence('key_person_details', 'id')) AS id`,
  );
  const id = Number(rows[0]?.id);
  if (!Number.isSafeInteger(id)) throw new Error('no id from the key_person_details sequence');
  return id;
}

export async function findKeyPersonRow(
  db: DbOrTx,
  customerId: number,
  contactId: number,
): Promise<KeyPersonRow | undefined> {
  const [row] = await db
    .select()
    .from(keyPersonDetails)
    .where(
      and(eq(keyPersonDetails.contactId, contactId), eq(keyPersonDetails.customerId, customerId)),
    );
  return row;
}

/** The key persons of a customer with their details row, if any (keyed by customer_id). */
export async function listKeyPersonRows(db: DbOrTx, customerId: number) {
  return db
    .select({
      contactId: contacts.id,
      name: contacts.name,
      title: contacts.title,
      department: contacts.department,
      details: keyPersonDetails,
    })
    .from(contacts)
    .leftJoin(keyPersonDetails, eq(keyPersonDetails.contactId, contacts.id))
    .where(and(eq(contacts.customerId, customerId), eq(contacts.isKeyPerson, true)))
    .orderBy(asc(contacts.id));
}

export async function insertKeyPersonRow(
  tx: DbOrTx,
  values: NewKeyPersonRow & { id: number },
): Promise<KeyPersonRow> {
  const [row] = await tx.insert(keyPersonDetails).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateKeyPersonIfVersion(
  tx: DbOrTx,
  id: number,
  version: number,
  values: Partial<NewKeyPersonRow>,
): Promise<KeyPersonRow | undefined> {
  const [row] = await tx
    .update(keyPersonDetails)
    .set({ ...values, version: sql`${keyPersonDetails.version} + 1` })
    .where(and(eq(keyPersonDetails.id, id), eq(keyPersonDetails.version, version)))
    .returning();
  return row;
}

export async function deleteKeyPersonRow(tx: DbOrTx, id: number): Promise<void> {
  await tx.delete(keyPersonDetails).where(eq(keyPersonDetails.id, id));
}

/** How many rows each key sealed, for `patron keys status`. */
export async function countKeyPersonRowsByKey(db: DbOrTx) {
  const rows = await db
    .select({ keyId: keyPersonDetails.keyId, rows: sql<string>`count(*)` })
    .from(keyPersonDetails)
    .groupBy(keyPersonDetails.keyId)
    .orderBy(keyPersonDetails.keyId);
  return rows.map((row) => ({ keyId: row.keyId, rows: Number(row.rows) }));
}

/** The next batch of rows not sealed with `currentKeyId`, in id order after `afterId`. */
export async function rowsNotSealedWith(
  db: DbOrTx,
  currentKeyId: string,
  afterId: number,
  limit: number,
) {
  return db
    .select({
      id: keyPersonDetails.id,
      keyId: keyPersonDetails.keyId,
      sealed: keyPersonDetails.sealed,
    })
    .from(keyPersonDetails)
    .where(and(ne(keyPersonDetails.keyId, currentKeyId), gt(keyPersonDetails.id, afterId)))
    .orderBy(asc(keyPersonDetails.id))
    .limit(limit);
}

/** Re-seals one row without touching its version: the content is unchanged. */
export async function replaceSealIfUnchanged(
  tx: DbOrTx,
  id: number,
  old: { keyId: string; sealed: string },
  next: { keyId: string; sealed: string },
): Promise<boolean> {
  const rows = await tx
    .update(keyPersonDetails)
    .set(next)
    .where(
      and(
        eq(keyPersonDetails.id, id),
        eq(keyPersonDetails.keyId, old.keyId),
        eq(keyPersonDetails.sealed, old.sealed),
      ),
    )
    .returning({ id: keyPersonDetails.id });
  return rows.length === 1;
}
