import type { LocaleShape } from '../locale-shape.ts';
import type { zhCnAuditLog } from './zh-cn-audit-log.ts';

export const enAuditLog: LocaleShape<typeof zhCnAuditLog> = {
  nav: 'Audit log',
  title: 'Audit log',
  subtitle:
    'Every change, sign-in, export and sensitive read in Patron, kept in a hash chain that cannot be altered',
  readNotice: 'Each search and export you make here is itself recorded in the audit log',
  forbiddenTitle: 'No access',
  forbiddenHint: 'The audit log is open to the internal auditor and the system administrator only',
  filters: {
    actor: 'User',
    actorPlaceholder: 'Username or user ID',
    customerId: 'Customer ID',
    action: 'Action',
    actionPlaceholder: 'All actions, or type an action code',
    families: 'Kinds of action',
    actions: 'Single actions',
    family: '{{label}} (all)',
    dates: 'Dates',
    search: 'Search',
    reset: 'Reset',
  },
  columns: {
    at: 'Time',
    actor: 'User',
    ip: 'IP address',
    action: 'Action',
    entity: 'Record',
    customer: 'Customer',
  },
  loginAttempt: 'Sign-in attempt: {{name}}',
  empty: 'No entries match',
  details: {
    actionCode: 'Action code',
    entity: 'Record',
    changes: 'Details',
    noChanges: 'This entry records no changed fields',
    raw: 'Entry as stored',
    withheld:
      'This entry holds a customer file’s contents, which by separation of duties the administrator does not see',
  },
  paging: {
    newer: 'Newer',
    newest: 'Newest',
    older: 'Older',
    page: 'Page {{page}}',
  },
};
