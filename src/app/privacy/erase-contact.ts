import { findContactRow } from '../../db/contacts/contact-repository.ts';
import type { DbOrTx } from '../../db/db-types.ts';
import {
  anonymiseContactRow,
  erasedContactName,
  insertErasure,
  markErasedAuditRows,
  scrubNameFromRecords,
  type ErasureKind,
} from '../../db/privacy/erasure-repository.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { contactAuditFields, toContactDto } from '../contacts/contact-dto.ts';
import { removeKeyPersonDetails } from '../key-persons/remove-key-person-details.ts';
import { traceHash } from './trace-hash.ts';

/**
 * Erases one contact inside the caller's transaction (C7.7): the key-person details row goes
 * (audited as `key_person.delete`), the contact is anonymised in place, the `privacy.erase`
 * audit row keeps the reason and a keyed hash per erased field — never a value — and the contact
 * joins the erasure list, which masks the older audit rows about them on every read.
 * Says `not_found` when the contact does not exist on this customer, and `already_erased` (and
 * writes nothing) for a contact erased before: a second pass would anonymise the placeholders
 * again and write a second `privacy.erase` row whose hashes trace nothing.
 */
export async function eraseContact(
  tx: DbOrTx,
  ctx: AppContext,
  target: { customerId: number; contactId: number },
  erasure: { kind: ErasureKind; reason: string },
): Promise<'erased' | 'not_found' | 'already_erased'> {
  const { customerId, contactId } = target;
  const current = await findContactRow(tx, customerId, contactId);
  if (!current) return 'not_found';
  if (current.erasedAt !== null) return 'already_erased';
  const now = ctx.clock.now();
  await removeKeyPersonDetails(tx, ctx, customerId, contactId, 'requested');
  await anonymiseContactRow(tx, customerId, contactId, now);
  // Identifying values only: gender or a title like 经理 would match half the log.
  const identifying = [
    current.name,
    current.mobile,
    current.phone,
    current.email,
    current.address,
  ].filter((v): v is string => typeof v === 'string');
  const records = await scrubNameFromRecords(
    tx,
    customerId,
    current.name,
    erasedContactName(contactId),
    now,
  );
  // Before the erasure's own rows exist, so those (which hold no value) are never masked.
  const masked = await markErasedAuditRows(tx, customerId, contactId, identifying);
  const trace = Object.fromEntries(
    Object.entries(contactAuditFields(toContactDto(current))).map(([field, value]) => [
      field,
      traceHash(ctx, value),
    ]),
  );
  const auditId = await recordAudit(tx, ctx, {
    action: 'privacy.erase',
    entityType: 'contact',
    entityId: contactId,
    customerId,
    after: { contactId, kind: erasure.kind, reason: erasure.reason, trace, records, masked },
  });
  await insertErasure(tx, { customerId, contactId, kind: erasure.kind, erasedAt: now, auditId });
  return 'erased';
}
