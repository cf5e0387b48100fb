import type { FieldIssue } from '../app-error.ts';

/**
 * The password rules (ASVS 2.1): 8 to 128 characters, any Unicode, no composition rules, and
 * none of the commonly used passwords. Lengths count Unicode code points of the NFC form, so
 * "密码" is 2 characters and an emoji is 1, however the browser encoded them.
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * The one form a password is hashed and checked in: the same word typed on a Mac (NFD) and on
 * Windows (NFC) must be the same password. Nothing else is changed — no trimming, no case.
 */
export function normalisePassword(password: string): string {
  return password.normalize('NFC');
}

/** How the common-password list is compared: NFC and lower case (`Password1` is `password1`). */
export function commonPasswordKey(password: string): string {
  return normalisePassword(password).toLowerCase();
}

/**
 * What is wrong with a new password, as the issue for `field`, or null. `isCommon` answers for
 * the `commonPasswordKey` of the password (the list is data the app layer loads).
 */
export function passwordIssue(
  field: string,
  password: string,
  isCommon: (key: string) => boolean,
): FieldIssue | null {
  const length = [...normalisePassword(password)].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return { field, code: 'validation.password_too_short', params: { min: PASSWORD_MIN_LENGTH } };
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return { field, code: 'validation.password_too_long', params: { max: PASSWORD_MAX_LENGTH } };
  }
  if (isCommon(commonPasswordKey(password))) return { field, code: 'validation.password_common' };
  return null;
}
