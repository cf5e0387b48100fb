import { listContactRows } from '../../db/contacts/contact-repository.ts';
import type { AppContext } from '../context.ts';
import { mayViewKeyPersonDetails } from '../access/key-person-access.ts';
import { personalDataPermissions } from '../privacy/personal-data-access.ts';
import { customerForContacts, mayWriteCustomer } from './contact-customer.ts';
import { contactViewFor } from './contact-dto.ts';

/**
 * A customer's contacts (C1.3), for whoever may read the customer. `permissions` tells the screen
 * what to offer; it reveals whether key-person details may be seen, never whether any exist.
 * Each contact goes through the field rules (C7.3).
 */
export async function listContacts(ctx: AppContext, customerId: number) {
  await customerForContacts(ctx.db, ctx.actor, customerId, 'read');
  const [rows, edit, keyPersonDetails] = await Promise.all([
    listContactRows(ctx.db, customerId),
    mayWriteCustomer(ctx.db, ctx.actor, customerId),
    mayViewKeyPersonDetails(ctx.db, ctx.actor, customerId),
  ]);
  return {
    items: rows.map((row) => contactViewFor(ctx.actor, row)),
    permissions: {
      edit,
      keyPersonDetails,
      ...personalDataPermissions(ctx.actor, keyPersonDetails),
    },
  };
}
