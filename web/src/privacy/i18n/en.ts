import type { LocaleShape } from '../../i18n/locale-shape.ts';
import type { zhCnPrivacy } from './zh-cn.ts';

export const enPrivacy: LocaleShape<typeof zhCnPrivacy> = {
  nav: 'Personal data register',
  export: 'Export personal data',
  exportHint: 'Download everything held about this contact (a JSON file); the export is audited',
  exported: 'Personal data exported',
  erase: 'Erase personal data',
  eraseTitle: 'Erase the personal data of “{{name}}”',
  eraseIntro: 'Erasure at the person’s request (PIPL art. 47). This cannot be undone.',
  eraseRemoves: 'Removed',
  eraseRemovesItems: {
    contact:
      'Name (becomes “已删除联系人 #id”), gender, birthday, title, department, mobile, phone, email, address, buying role',
    keyPerson: 'Key-person details (family, home address, hobbies, notes and their consent record)',
    records: 'The name where visit and other records mention it (replaced by the same placeholder)',
  },
  eraseKeeps: 'Kept',
  eraseKeepsItems: {
    entry: 'The contact entry itself and its links to visits and projects (anonymised)',
    audit:
      'The audit log: the erasure’s row keeps the reason and a keyed hash of each field, never a value; older audit rows show this person’s values as “[erased #hash]”',
  },
  eraseBackups:
    'Backups made before the erasure still hold the values; they age out with the number of backups kept (PATRON_BACKUP_KEEP).',
  reason: 'Reason',
  reasonHelp:
    'Say whose request it was and when (e.g. “written request of the person, 2026-06-01”), not the person’s details.',
  reasonRequired: 'Please give the reason',
  confirmErase: 'Erase',
  cancel: 'Cancel',
  erased: 'Personal data erased',
  register: {
    title: 'Personal data register',
    intro:
      'Which personal information Patron keeps, what for, on what basis and for how long (PIPL art. 17). Every signed-in user may read it.',
    field: 'Field',
    table: 'Table',
    dataClass: 'Class',
    purpose: 'Purpose',
    legalBasis: 'Lawful basis',
    retention: 'Retention',
    consentRecord: 'Consent record',
    loadFailed: 'Could not load the register',
    rights: 'The person’s rights',
    rightsText:
      'Export: the account’s managers, its regional manager and the key-account committee export everything held about a person from the contacts of the customer’s 360 page. Erasure, at the person’s request: the committee or the sales director (never the internal auditor); KA managers pass requests on.',
  },
  retention: {
    title: 'Retention rules of this server',
    terminatedContacts: 'Contacts of terminated customers',
    terminatedContactsValue:
      'Erased (anonymised) once the customer is terminated and its file unchanged for {{years}} years',
    loginIp: 'Addresses in sign-in audit rows',
    loginIpValue: 'Hidden after {{days}} days (the legal minimum is {{min}})',
    off: 'Off',
    note: 'Set on the server by PATRON_RETENTION_TERMINATED_CONTACT_YEARS and PATRON_RETENTION_LOGIN_IP_DAYS; run every hour.',
  },
};
