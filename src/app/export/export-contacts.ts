import type { Writable } from 'node:stream';
import { listContactRows } from '../../db/contacts/contact-repository.ts';
import { listKeyPersonRows } from '../../db/contacts/key-person-repository.ts';
import type { DbOrTx } from '../../db/db-types.ts';
import { toIsoDate } from '../../domain/date-only.ts';
import {
  CONTACT_EXPORT_COLUMNS,
  KEY_PERSON_EXPORT_COLUMNS,
} from '../../domain/export/contact-export-columns.ts';
import { exportFileName, exportListName } from '../../domain/export/export-file-name.ts';
import type { Locale } from '../../domain/i18n/locale.ts';
import { fieldAccessOf, projectFields, visibleColumns } from '../access/field-projection.ts';
import { mayViewKeyPersonDetails } from '../access/key-person-access.ts';
import { customerForContacts } from '../contacts/contact-customer.ts';
import type { AppContext } from '../context.ts';
import { readKeyPerson } from '../key-persons/read-key-person.ts';
import { auditExport } from './audit-export.ts';
import type { ExportResult } from './export-customers.ts';
import { writeWorkbook } from './write-workbook.ts';

type Row = Record<string, unknown>;

/** Each key person's decrypted details by contact id; every opened row is an audited read. */
async function privateDetails(tx: DbOrTx, ctx: AppContext, customerId: number) {
  const byContact = new Map<number, Row>();
  for (const { contactId, details } of await listKeyPersonRows(tx, customerId)) {
    if (!details) continue;
    const shown = await readKeyPerson(tx, ctx, details);
    byContact.set(contactId, {
      family: shown.family,
      homeAddress: shown.homeAddress,
      hobbies: shown.hobbies,
      privateNotes: shown.notes,
      purpose: shown.purpose,
      consentBasis: shown.consentBasis,
      consentAt: shown.consentAt,
    });
  }
  return byContact;
}

async function* once(rows: Row[]): AsyncGenerator<Row[]> {
  yield rows;
}

/**
 * A customer's contacts as .xlsx, for whoever may read the customer (C1.3), under the contacts'
 * field rules (C7.3: the auditor's sheet has phones, e-mails, addresses and birthdays masked).
 * Key-person private details (C1.4) are added only for readers key-person-access.ts allows; for
 * anyone else the sheet has no such columns at all. One transaction: each decrypted row's read
 * audit, the file and the export's audit row stand or fall together. A customer has tens of
 * contacts, so they are read at once.
 */
export async function exportContacts(
  ctx: AppContext,
  input: { customerId: number; locale: Locale },
  out: Writable,
): Promise<ExportResult> {
  const { customerId, locale } = input;
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const customer = await customerForContacts(tx, ctx.actor, customerId, 'read');
    const allowed = await mayViewKeyPersonDetails(tx, ctx.actor, customerId);
    const contacts = await listContactRows(tx, customerId);
    const details = allowed ? await privateDetails(tx, ctx, customerId) : new Map<number, Row>();
    const access = fieldAccessOf(ctx.actor, allowed);
    const rows = contacts.map((contact) => ({
      ...projectFields(access, 'contact', contact),
      ...projectFields(access, 'keyPersonExport', details.get(contact.id) ?? {}),
    }));
    const sheet = {
      name: exportListName('contacts', locale),
      columns: [
        ...visibleColumns(access, 'contact', CONTACT_EXPORT_COLUMNS),
        ...visibleColumns(access, 'keyPersonExport', KEY_PERSON_EXPORT_COLUMNS),
      ],
      created: now,
    };
    const count = await writeWorkbook(out, sheet, locale, once(rows));
    await auditExport(tx, ctx, {
      list: 'contacts',
      customerId: customer.id,
      filters: {},
      rows: count,
      locale,
      keyPersonDetails: allowed,
    });
    return {
      rows: count,
      fileName: exportFileName('contacts', locale, toIsoDate(now), customer.name),
    };
  });
}
