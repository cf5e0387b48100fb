import { createHash } from 'node:crypto';

/** A session ends after 8 hours without use; activity extends it (at most one write a minute). */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
export const SESSION_TOUCH_EVERY_MS = 60 * 1000;
/** After 5 wrong passwords in a row the account locks for 15 minutes (C7.6 lockout). */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

/** Only the hash of a session token is stored: a leaked table grants no sessions. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
