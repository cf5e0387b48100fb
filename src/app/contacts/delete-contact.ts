import { AppError } from '../../domain/app-error.ts';
import { deleteContactIfVersion, findContactRow } from '../../db/contacts/contact-repository.ts';
import { isForeignKeyViolation } from '../../db/postgres-errors.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { removeKeyPersonDetails } from '../key-persons/remove-key-person-details.ts';
import { customerForContacts } from './contact-customer.ts';
import { contactAuditFields, toContactDto } from './contact-dto.ts';

/**
 * Deletes a contact (someone who left the customer, or a person asking to be forgotten, C7.7),
 * with their key-person details. The contacts table has no archive flag; the audit row keeps
 * the contact's ordinary fields, never the private details.
 */
export async function deleteContact(
  ctx: AppContext,
  customerId: number,
  contactId: number,
  expectedVersion: number | undefined,
): Promise<void> {
  if (expectedVersion === undefined)
    throw new AppError('conflict.version_required', { field: 'If-Match' });
  try {
    await ctx.db.transaction(async (tx) => {
      await customerForContacts(tx, ctx.actor, customerId, 'write');
      const current = await findContactRow(tx, customerId, contactId);
      if (!current) throw new AppError('not_found');
      if (current.version !== expectedVersion) throw new AppError('conflict.stale_version');
      await removeKeyPersonDetails(tx, ctx, customerId, contactId, 'contact_deleted');
      if (!(await deleteContactIfVersion(tx, contactId, expectedVersion)))
        throw new AppError('conflict.stale_version');
      await recordAudit(tx, ctx, {
        action: 'contact.delete',
        entityType: 'contact',
        entityId: contactId,
        customerId,
        before: contactAuditFields(toContactDto(current)),
      });
    });
  } catch (error) {
    // Another record (a visit, a project) still points at this contact.
    if (isForeignKeyViolation(error)) throw new AppError('conflict.in_use', { field: 'contact' });
    throw error;
  }
}
