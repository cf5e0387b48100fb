import { AppError } from '../../domain/app-error.ts';
import {
  findContactRow,
  updateContactIfVersion,
  type NewContactRow,
} from '../../db/contacts/contact-repository.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { diffFields } from '../customers/diff-fields.ts';
import { removeKeyPersonDetails } from '../key-persons/remove-key-person-details.ts';
import { customerForContacts } from './contact-customer.ts';
import { contactAuditKeys, contactViewFor, toContactDto, type ContactView } from './contact-dto.ts';
import { validateContactInput, type ContactInput } from './validate-contact-input.ts';

/**
 * Edits a contact with optimistic locking (If-Match). Clearing the key-person flag also deletes
 * the person's private details: they were kept only because the person is a key person (data
 * minimisation, PIPL), and the screen warns before it happens.
 */
export async function updateContact(
  ctx: AppContext,
  customerId: number,
  contactId: number,
  expectedVersion: number | undefined,
  input: ContactInput,
): Promise<ContactView> {
  if (expectedVersion === undefined)
    throw new AppError('conflict.version_required', { field: 'If-Match' });
  const now = ctx.clock.now();
  const values = validateContactInput(input, false, now);
  if ('gender' in values && values.gender === null) values.gender = 'unknown';
  return ctx.db.transaction(async (tx) => {
    await customerForContacts(tx, ctx.actor, customerId, 'write');
    const current = await findContactRow(tx, customerId, contactId);
    if (!current) throw new AppError('not_found');
    if (current.version !== expectedVersion) throw new AppError('conflict.stale_version');
    const before = toContactDto(current);
    const changes = diffFields(before, values);
    if (Object.keys(changes.after).length === 0) return contactViewFor(ctx.actor, current);
    const updated = await updateContactIfVersion(tx, current, {
      ...(changes.after as Partial<NewContactRow>),
      updatedAt: now,
    });
    if (!updated) throw new AppError('conflict.stale_version');
    await recordAudit(tx, ctx, {
      action: 'contact.update',
      entityType: 'contact',
      entityId: contactId,
      customerId,
      before: contactAuditKeys(changes.before),
      after: contactAuditKeys(changes.after),
    });
    if (current.isKeyPerson && !updated.isKeyPerson) {
      await removeKeyPersonDetails(tx, ctx, customerId, contactId, 'flag_cleared');
    }
    return contactViewFor(ctx.actor, updated);
  });
}
