import { asc, gt } from 'drizzle-orm';
import type { DbOrTx } from '../db-types.ts';
import { keyPersonDetails } from '../schema/index.ts';

/** A page of encrypted key-person rows in id order, for checking that a restore still opens them. */
export async function sealedRowsAfter(db: DbOrTx, afterId: number, limit: number) {
  return db
    .select({
      id: keyPersonDetails.id,
      keyId: keyPersonDetails.keyId,
      sealed: keyPersonDetails.sealed,
    })
    .from(keyPersonDetails)
    .where(gt(keyPersonDetails.id, afterId))
    .orderBy(asc(keyPersonDetails.id))
    .limit(limit);
}
