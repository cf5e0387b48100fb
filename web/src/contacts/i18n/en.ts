import type { LocaleShape } from '../../i18n/locale-shape.ts';
import type { zhCnContacts } from './zh-cn.ts';

export const enContacts: LocaleShape<typeof zhCnContacts> = {
  add: 'Add contact',
  edit: 'Edit',
  delete: 'Delete',
  actions: 'Actions',
  birthday: 'Birthday',
  formTitleNew: 'New contact',
  formTitleEdit: 'Edit contact: {{name}}',
  keyPersonHint:
    'Key persons may have private details (family, home, hobbies); only the account managers, the regional manager and the committee see them',
  clearKeyPersonWarning:
    'Clearing the key-person flag also deletes this contact’s private details, if any, for good',
  deleteConfirm: 'Delete the contact “{{name}}”? Their private details, if any, go too.',
  created: 'Contact added',
  saved: 'Changes saved',
  deleted: 'Contact deleted',
  noChanges: 'Nothing to save',
  staleTitle: 'Someone else changed this record',
  staleHelp: 'Close this form, reload, and make your change again.',
  mobileHint: 'Mainland mobile, e.g. 138 1234 5678',
  phoneHint: 'e.g. 021-62345678 or 0755-1234567-801',
  keyPerson: {
    title: 'Key-person details',
    masked: 'Visible only to the account managers, the regional manager and the committee',
    maskedHelp:
      'Private details are sensitive personal information, stored encrypted; your role may not see them.',
    view: 'Show key-person details',
    viewNotice: 'Viewing is logged',
    viewNoticeHelp: 'Every view is written to the audit log (who and when).',
    hide: 'Hide',
    none: 'No private details recorded',
    enter: 'Enter',
    edit: 'Change',
    delete: 'Delete',
    deleteConfirm: 'Delete this contact’s private details (e.g. consent withdrawn)?',
    deleted: 'Private details deleted',
    saved: 'Private details saved',
    formTitle: 'Key-person details: {{name}}',
    formNotice:
      'Sensitive personal information: record only what the customer relationship needs, with its purpose and lawful basis. Stored encrypted; changes are audited without their content.',
    consent: 'Purpose and basis',
    updatedAt: 'Last updated',
    loadFailed: 'Could not load the private details',
  },
  consentBasis: {
    written_consent: 'Written consent',
    verbal_consent: 'Verbal consent',
    public_source: 'Already public',
    contract: 'Needed to perform a contract',
  },
};
