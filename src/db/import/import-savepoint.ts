import { sql } from 'drizzle-orm';
import type { Tx } from '../db-types.ts';

// One name: an import sets at most one savepoint (before merging batch by batch).
const NAME = sql.identifier('import_streamed');

/** Marks the point a batch-wise merge can be undone to, stage tables created after it included. */
export async function setImportSavepoint(tx: Tx): Promise<void> {
  await tx.execute(sql`SAVEPOINT ${NAME}`);
}

/** Undoes everything since `setImportSavepoint`: merged batches, their tables, their keys. */
export async function rollbackToImportSavepoint(tx: Tx): Promise<void> {
  await tx.execute(sql`ROLLBACK TO SAVEPOINT ${NAME}`);
}
