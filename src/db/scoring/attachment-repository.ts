import { asc, count, eq, and } from 'drizzle-orm';
import type { DbOrTx } from '../db-types.ts';
import { appealAttachments, users } from '../schema/index.ts';

export type AttachmentRow = typeof appealAttachments.$inferSelect;
export type NewAttachmentRow = typeof appealAttachments.$inferInsert;

/** Everything but the bytes, for lists (a page of five files must not read 25 MB). */
const metaColumns = {
  id: appealAttachments.id,
  appealId: appealAttachments.appealId,
  customerId: appealAttachments.customerId,
  fileName: appealAttachments.fileName,
  contentType: appealAttachments.contentType,
  sizeBytes: appealAttachments.sizeBytes,
  sha256: appealAttachments.sha256,
  uploadedBy: appealAttachments.uploadedBy,
  uploadedByName: users.displayName,
  uploadedAt: appealAttachments.uploadedAt,
};

export type AttachmentMeta = Awaited<ReturnType<typeof listAttachments>>[number];

export async function insertAttachment(
  tx: DbOrTx,
  values: NewAttachmentRow,
): Promise<Omit<AttachmentMeta, 'uploadedByName'>> {
  const { uploadedByName: _name, ...columns } = metaColumns;
  const [row] = await tx.insert(appealAttachments).values(values).returning(columns);
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** An appeal's files in upload order, without their content. */
export async function listAttachments(db: DbOrTx, appealId: number) {
  return db
    .select(metaColumns)
    .from(appealAttachments)
    .leftJoin(users, eq(users.id, appealAttachments.uploadedBy))
    .where(eq(appealAttachments.appealId, appealId))
    .orderBy(asc(appealAttachments.id));
}

export async function countAttachments(db: DbOrTx, appealId: number): Promise<number> {
  const [row] = await db
    .select({ count: count() })
    .from(appealAttachments)
    .where(eq(appealAttachments.appealId, appealId));
  return Number(row?.count ?? 0);
}

/** One file with its content, only if it belongs to this appeal (whose access was checked). */
export async function findAttachment(
  db: DbOrTx,
  appealId: number,
  id: number,
): Promise<AttachmentRow | undefined> {
  const [row] = await db
    .select()
    .from(appealAttachments)
    .where(and(eq(appealAttachments.id, id), eq(appealAttachments.appealId, appealId)));
  return row;
}
