import type { LocaleShape } from '../../i18n/locale-shape.ts';
import type { zhCnSecurity } from './zh-cn.ts';

export const enSecurity: LocaleShape<typeof zhCnSecurity> = {
  title: 'Security settings',
  menu: 'Security settings',
  password: {
    title: 'Change password',
    current: 'Current password',
    currentRequired: 'Enter your current password',
    new: 'New password',
    newRequired: 'Enter a new password',
    repeat: 'New password again',
    mismatch: 'The two new passwords differ',
    rule: '8–128 characters; Chinese, spaces and symbols are all fine. Commonly used passwords (123456, woaini1314…) are refused.',
    submit: 'Change password',
    done: 'Password changed; your sessions on other devices are signed out.',
  },
  totp: {
    title: 'Two-step verification',
    enabled: 'On',
    disabled: 'Off',
    requiredByRole: 'Your role requires two-step verification.',
    optional:
      'Once on, signing in asks for a code from an authenticator app on your phone as well as the password: a stolen password alone is not enough.',
    enabledHint:
      'Every sign-in asks for a code. To change phones or apps, ask an administrator to reset two-step verification.',
    start: 'Turn on two-step verification',
  },
  enrol: {
    scan: '1. Scan the QR code with an authenticator app',
    apps: 'Microsoft Authenticator, Google Authenticator, FreeOTP and others work: choose "Scan a QR code".',
    manual: 'Cannot scan? Choose "Enter a setup key" (time-based) and type this key:',
    enterCode: '2. Enter the 6-digit code the app shows',
    confirm: 'Confirm',
    cancel: 'Cancel',
    recoveryTitle: 'Save your recovery codes',
    recoveryIntro:
      'If your phone is lost or not at hand, a recovery code signs you in instead of a code; each works once. They are shown only now: write them down or print them and keep them safe.',
    copy: 'Copy all recovery codes',
    copied: 'Copied',
    saved: 'I have saved them — continue',
    done: 'Two-step verification is on',
  },
};
