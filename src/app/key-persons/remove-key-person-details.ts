import { deleteKeyPersonRow, findKeyPersonRow } from '../../db/contacts/key-person-repository.ts';
import type { DbOrTx } from '../../db/db-types.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';

export type RemovalReason = 'requested' | 'flag_cleared' | 'contact_deleted';

/**
 * Deletes a contact's private details, if any, inside the caller's transaction, and audits it
 * without any value. Returns whether there was something to delete.
 */
export async function removeKeyPersonDetails(
  tx: DbOrTx,
  ctx: AppContext,
  customerId: number,
  contactId: number,
  reason: RemovalReason,
): Promise<boolean> {
  const row = await findKeyPersonRow(tx, customerId, contactId);
  if (!row) return false;
  await deleteKeyPersonRow(tx, row.id);
  await recordAudit(tx, ctx, {
    action: 'key_person.delete',
    entityType: 'key_person',
    entityId: row.id,
    customerId,
    after: { contactId, reason },
  });
  return true;
}
