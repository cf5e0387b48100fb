import type { LocaleShape } from '../../i18n/locale-shape.ts';
import type { zhCnImport } from './zh-cn.ts';

export const enImport: LocaleShape<typeof zhCnImport> = {
  nav: 'Import',
  title: 'Import',
  intro:
    'Import customers, contacts, purchase history and invoices from Excel (.xlsx) or CSV. A dry run checks every row first; import once it is clean.',
  kinds: {
    customers: 'Customers',
    contacts: 'Contacts',
    transactions: 'Purchase history',
    payments: 'Invoices and payments',
  },
  steps: { upload: 'File', mapping: 'Columns', check: 'Dry run', done: 'Done' },
  kind: 'What to import',
  template: 'Download the Excel template',
  drop: 'Click or drop an .xlsx / .csv file here',
  dropHint:
    'CSV in UTF-8, UTF-8 with BOM or GBK; at most 50 MB, use `patron import` for larger files',
  fileColumn: 'Column in the file',
  sample: 'Example',
  field: 'Imported as',
  ignore: '(not imported)',
  required: 'required',
  missing: 'Required fields without a column: {{fields}}',
  twice: '{{field}} is fed by more than one column',
  orgUnit: 'Default sales region',
  orgUnitHelp: 'New customers whose file names no sales region go here; by default your own unit',
  orgUnitMine: 'My own unit',
  back: 'Back',
  next: 'Next',
  dryRun: 'Dry run',
  rerun: 'Check again',
  reupload: 'Choose another file',
  commit: 'Import',
  skipInvalid: 'Leave the rows with errors out and import the rest',
  counts: {
    rows: 'Rows',
    created: 'New',
    updated: 'Changed',
    unchanged: 'Unchanged',
    errorRows: 'Rows with errors',
  },
  summary: '{{rows}} rows: {{created}} new, {{updated}} changed, {{unchanged}} unchanged',
  valid: 'Every row is fine; ready to import',
  invalid:
    '{{errorRows}} rows have errors. An import is all or nothing by default: fix the file and upload it again, or leave those rows out.',
  truncated:
    'Only the first {{count}} errors are listed; download the error report for all of them',
  downloadErrors: 'Download the error report (.xlsx)',
  errors: { row: 'Row', column: 'Column', value: 'Value', reason: 'Reason' },
  candidates:
    'These new customers have names like existing ones; make sure they are not the same organisation',
  candidateRow: 'Row {{row}} {{name}}',
  committed: 'Imported: {{created}} new, {{updated}} changed, {{unchanged}} unchanged',
  committedSkipped: '{{errorRows}} rows with errors were left out',
  refused: 'There are errors; nothing was imported',
  showCustomers: 'Open the customer list',
  again: 'Import another file',
};
