import type { LocaleShape } from '../../../i18n/locale-shape.ts';
import type { zhCnAccountTeam } from './zh-cn.ts';

/** The account team panel (C7.2), English. */
export const enAccountTeam: LocaleShape<typeof zhCnAccountTeam> = {
  add: 'Add member',
  addTitle: 'Add an account team member',
  member: 'Member',
  memberPlaceholder: 'Search by username or name',
  noCandidates: 'Nobody to add',
  accessHelp: 'Read only: sees the file; Can edit: also changes the file, contacts and records',
  change: 'Change',
  changeTitle: 'Team role and access of {{name}}',
  remove: 'Remove',
  removeConfirm:
    'Remove {{name}} from the account team? From their next action they no longer see this customer through the team.',
  added: 'Added to the account team',
  changed: 'Team role and access changed',
  removed: 'Removed from the account team',
  disabled: 'Disabled',
  since: 'since {{date}}',
  manageHint:
    'The account team is kept by the sales director and by the regional manager and sales secretary of the customer’s region',
};
