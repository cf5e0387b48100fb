import type { KeyPersonRow } from '../../db/contacts/key-person-repository.ts';
import type { DbOrTx } from '../../db/db-types.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { openKeyPerson } from './key-person-cipher.ts';
import { toDetailsDto, type KeyPersonDetailsDto } from './key-person-view.ts';

/**
 * Decrypts one row for display and logs the sensitive read (C1.4, C7.5) in the same
 * transaction: if the audit row cannot be written, nothing is shown. The caller has checked
 * key-person access. The audit row names the row and contact, never a value.
 */
export async function readKeyPerson(
  tx: DbOrTx,
  ctx: AppContext,
  row: KeyPersonRow,
): Promise<KeyPersonDetailsDto> {
  const values = openKeyPerson(ctx, row);
  await recordAudit(tx, ctx, {
    action: 'key_person.read',
    entityType: 'key_person',
    entityId: row.id,
    customerId: row.customerId,
    after: { contactId: row.contactId },
  });
  return toDetailsDto(row, values);
}
