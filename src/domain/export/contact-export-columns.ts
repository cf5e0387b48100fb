import { code, date, mobile, text, type ExportColumn } from './export-column.ts';

/** A customer's contacts (C1.3), as anyone who may read the customer sees them. */
export const CONTACT_EXPORT_COLUMNS: readonly ExportColumn[] = [
  text('name', 'contact.name', 12),
  code('gender', 'gender', 'contact.gender', 6),
  date('birthday', 'contact.birthday'),
  text('title', 'contact.title'),
  text('department', 'contact.department'),
  mobile('mobile', 'contact.mobile'),
  text('phone', 'phone'),
  text('email', 'email', 24),
  text('address', 'address', 30),
  code('buyingRole', 'buyingRole', 'contact.buyingRole', 10),
  code('isKeyPerson', 'boolean', 'contact.isKeyPerson', 8),
];

/**
 * Key-person private details (C1.4), appended only for readers C7.3 allows. For everyone else the
 * columns are left out altogether: a masked sheet says nothing about whether details exist.
 */
export const KEY_PERSON_EXPORT_COLUMNS: readonly ExportColumn[] = [
  text('family', 'keyPerson.family', 24),
  text('homeAddress', 'keyPerson.homeAddress', 30),
  text('hobbies', 'keyPerson.hobbies', 20),
  text('privateNotes', 'keyPerson.notes', 24),
  text('purpose', 'keyPerson.purpose', 20),
  code('consentBasis', 'consentBasis', 'keyPerson.consentBasis', 14),
  date('consentAt', 'keyPerson.consentAt'),
];
