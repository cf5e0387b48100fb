import { listKeyPersonRows } from '../../db/contacts/key-person-repository.ts';
import type { AppContext } from '../context.ts';
import { mayViewKeyPersonDetails } from '../access/key-person-access.ts';
import { customerForContacts } from '../contacts/contact-customer.ts';
import { readKeyPerson } from './read-key-person.ts';
import type { KeyPersonView } from './key-person-view.ts';

/**
 * A customer's key persons with their private details (附件3, related persons): each decrypted
 * row is one audited read; readers C7.3 does not allow get every person masked.
 */
export async function listKeyPersons(
  ctx: AppContext,
  customerId: number,
): Promise<{ items: KeyPersonView[] }> {
  return ctx.db.transaction(async (tx) => {
    await customerForContacts(tx, ctx.actor, customerId, 'read');
    const allowed = await mayViewKeyPersonDetails(tx, ctx.actor, customerId);
    const rows = await listKeyPersonRows(tx, customerId);
    const items: KeyPersonView[] = [];
    for (const { details, ...person } of rows) {
      if (!allowed) items.push({ ...person, masked: true, details: null });
      else {
        const shown = details ? await readKeyPerson(tx, ctx, details) : null;
        items.push({ ...person, masked: false, details: shown });
      }
    }
    return { items };
  });
}
