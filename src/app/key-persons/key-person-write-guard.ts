import { AppError } from '../../domain/app-error.ts';
import { findContactRow, type ContactRow } from '../../db/contacts/contact-repository.ts';
import type { DbOrTx } from '../../db/db-types.ts';
import type { Actor } from '../context.ts';
import { mayViewKeyPersonDetails } from '../access/key-person-access.ts';
import { customerForContacts } from '../contacts/contact-customer.ts';

/**
 * Who may enter, change or delete key-person details: someone who may write the customer's file
 * (C7.2) and may see the details (C7.3) — nobody edits what they are not allowed to read.
 */
export async function contactForKeyPersonWrite(
  tx: DbOrTx,
  actor: Actor,
  customerId: number,
  contactId: number,
): Promise<ContactRow> {
  await customerForContacts(tx, actor, customerId, 'write');
  const contact = await findContactRow(tx, customerId, contactId);
  if (!contact) throw new AppError('not_found');
  if (!(await mayViewKeyPersonDetails(tx, actor, customerId))) throw new AppError('auth.forbidden');
  return contact;
}
