import { AppError } from '../../domain/app-error.ts';
import { findContactRow } from '../../db/contacts/contact-repository.ts';
import { findKeyPersonRow } from '../../db/contacts/key-person-repository.ts';
import { isErased } from '../../db/privacy/erasure-repository.ts';
import { auditTrailOfContact, recordsNaming } from '../../db/privacy/personal-data-queries.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { contactViewFor, type ContactView } from '../contacts/contact-dto.ts';
import { fieldAccessOf, projectFields } from '../access/field-projection.ts';
import { readKeyPerson } from '../key-persons/read-key-person.ts';
import type { KeyPersonDetailsDto } from '../key-persons/key-person-view.ts';
import { assertMayExportPersonalData } from './personal-data-access.ts';

export type PersonalDataExport = {
  /** What this file is, for the person who receives it (PIPL art. 45: access and copy). */
  kind: 'patron.personal-data';
  exportedAt: string;
  customerId: number;
  erased: boolean;
  contact: ContactView;
  keyPersonDetails: KeyPersonDetailsDto | null;
  recordsNamingThem: Awaited<ReturnType<typeof recordsNaming>>;
  auditTrail: Awaited<ReturnType<typeof auditTrailOfContact>>;
};

/**
 * Everything Patron holds about one contact (C7.7), as one JSON document: the contact, their
 * key-person details decrypted (a `key_person.read`, like any decrypted read), the timeline
 * entries naming them, and the audit rows about them as ids, actions and hashes only — never who
 * else acted or other people's values. Only readers of key-person details may export it; the
 * export itself is audited (`privacy.export`) in the same transaction, before it is handed out.
 */
export async function exportPersonalData(
  ctx: AppContext,
  customerId: number,
  contactId: number,
): Promise<PersonalDataExport> {
  return ctx.db.transaction(async (tx) => {
    await assertMayExportPersonalData(tx, ctx.actor, customerId);
    const row = await findContactRow(tx, customerId, contactId);
    if (!row) throw new AppError('not_found');
    const erased = await isErased(tx, contactId);
    const details = await findKeyPersonRow(tx, customerId, contactId);
    const keyPersonDetails = details ? await readKeyPerson(tx, ctx, details) : null;
    // An erased contact's name is the placeholder: matching it would find nothing of theirs.
    const records = erased ? [] : await recordsNaming(tx, customerId, row.name);
    const auditTrail = await auditTrailOfContact(tx, customerId, contactId);
    await recordAudit(tx, ctx, {
      action: 'privacy.export',
      entityType: 'contact',
      entityId: contactId,
      customerId,
      after: { contactId, records: records.length, auditRows: auditTrail.length },
    });
    return {
      kind: 'patron.personal-data',
      exportedAt: ctx.clock.now().toISOString(),
      customerId,
      erased,
      // The same field rules as every read (C7.3); its readers see contacts in full today.
      contact: contactViewFor(ctx.actor, row),
      keyPersonDetails,
      recordsNamingThem: records.map((record) =>
        projectFields(fieldAccessOf(ctx.actor), 'timelineRecord', record),
      ),
      auditTrail,
    };
  });
}
