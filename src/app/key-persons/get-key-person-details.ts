import { AppError } from '../../domain/app-error.ts';
import { findContactRow } from '../../db/contacts/contact-repository.ts';
import { findKeyPersonRow } from '../../db/contacts/key-person-repository.ts';
import type { AppContext } from '../context.ts';
import { mayViewKeyPersonDetails } from '../access/key-person-access.ts';
import { customerForContacts } from '../contacts/contact-customer.ts';
import { readKeyPerson } from './read-key-person.ts';
import type { KeyPersonView } from './key-person-view.ts';

/**
 * One contact's key-person details (C1.4): decrypted and audited for those C7.3 allows, masked
 * for every other reader of the customer, 404 outside the record scope.
 */
export async function getKeyPersonDetails(
  ctx: AppContext,
  customerId: number,
  contactId: number,
): Promise<KeyPersonView> {
  return ctx.db.transaction(async (tx) => {
    await customerForContacts(tx, ctx.actor, customerId, 'read');
    const contact = await findContactRow(tx, customerId, contactId);
    if (!contact) throw new AppError('not_found');
    const view = {
      contactId,
      name: contact.name,
      title: contact.title,
      department: contact.department,
    };
    if (!(await mayViewKeyPersonDetails(tx, ctx.actor, customerId))) {
      return { ...view, masked: true, details: null };
    }
    const row = await findKeyPersonRow(tx, customerId, contactId);
    return { ...view, masked: false, details: row ? await readKeyPerson(tx, ctx, row) : null };
  });
}
