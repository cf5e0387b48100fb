import type { LocaleShape } from '../../i18n/locale-shape.ts';
import type { zhCnAgreement } from './zh-cn.ts';

export const enAgreement: LocaleShape<typeof zhCnAgreement> = {
  intro:
    'Before you see any customer information, please read and accept this confidentiality agreement. Your acceptance is recorded.',
  version: 'Version {{version}}',
  consent: 'I have read and agree',
  submit: 'Agree and continue',
  signOut: 'Sign out',
};
