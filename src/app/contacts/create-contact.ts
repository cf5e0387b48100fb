import type { AppContext } from '../context.ts';
import { insertContactRow, type NewContactRow } from '../../db/contacts/contact-repository.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { customerForContacts } from './contact-customer.ts';
import {
  contactAuditFields,
  contactViewFor,
  toContactDto,
  type ContactView,
} from './contact-dto.ts';
import { validateContactInput, type ContactInput } from './validate-contact-input.ts';

/** Adds a contact to a customer the actor may write (C1.3, C7.2), audited. */
export async function createContact(
  ctx: AppContext,
  customerId: number,
  input: ContactInput,
): Promise<ContactView> {
  const now = ctx.clock.now();
  const values = validateContactInput(input, true, now);
  return ctx.db.transaction(async (tx) => {
    await customerForContacts(tx, ctx.actor, customerId, 'write');
    // A blank gender leaves the column's default ('unknown').
    const row = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null));
    const created = await insertContactRow(tx, {
      ...(row as Partial<NewContactRow>),
      name: String(values.name),
      customerId,
      createdAt: now,
      updatedAt: now,
    });
    const dto = toContactDto(created);
    await recordAudit(tx, ctx, {
      action: 'contact.create',
      entityType: 'contact',
      entityId: created.id,
      customerId,
      after: contactAuditFields(dto),
    });
    return contactViewFor(ctx.actor, created);
  });
}
