import type { LocaleShape } from '../../i18n/locale-shape.ts';
import type { zhCnSecondFactor } from './zh-cn.ts';

export const enSecondFactor: LocaleShape<typeof zhCnSecondFactor> = {
  title: 'Two-step verification',
  intro: 'Open the authenticator app on your phone and enter the 6-digit code it shows for Patron.',
  code: 'Verification code',
  codePlaceholder: '6 digits',
  codeRequired: 'Enter the 6-digit code',
  recoveryCode: 'Recovery code',
  recoveryPlaceholder: 'xxxx-xxxx-xxxx-xxxx',
  recoveryRequired: 'Enter a recovery code',
  recoveryHint:
    'Each recovery code works once; when they are used up, ask an administrator to reset two-step verification.',
  useRecovery: 'No phone at hand? Use a recovery code',
  useApp: 'Use a code from the authenticator app',
  submit: 'Verify',
  signOut: 'Sign out',
  enrolTitle: 'Set up two-step verification',
  enrolIntro:
    'Your role (administrator, auditor, director or committee) requires two-step verification: besides the password, signing in asks for a code from an authenticator app on your phone. Set one up first.',
};
