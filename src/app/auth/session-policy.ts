import { createHash } from 'node:crypto';

// Sessions (ASVS 3.3): both limits are checked on every request, cached ones included.
/** A session ends after 30 minutes without a request… */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
/** …and 12 hours after sign-in however busy it is: one working day, then sign in again. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** Activity moves the idle deadline at most once a minute (one write, not one per request). */
export const SESSION_TOUCH_EVERY_MS = 60 * 1000;

// Sign-in throttling (ASVS 2.2.1), by key in `sign_in_throttle`: wrong passwords, unknown
// usernames, disabled accounts and wrong second-factor codes all count, for the username typed
// and for the address. Reaching a limit pauses sign-in for that key for SIGN_IN_LOCK_MS.
/** Failures per username in one window: a person mistyping never gets near it. */
export const USER_FAILURE_LIMIT = 5;
/** Failures per address in one window: higher, as one office's users share a NAT address. */
export const IP_FAILURE_LIMIT = 50;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const SIGN_IN_LOCK_MS = 15 * 60 * 1000;

/** Only the hash of a session token is stored: a leaked table grants no sessions. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** When a session ends at the latest if no request comes: the idle or the absolute deadline. */
export function sessionEndsAt(session: { createdAt: Date; expiresAt: Date }): Date {
  const absolute = session.createdAt.getTime() + SESSION_ABSOLUTE_MS;
  return new Date(Math.min(absolute, session.expiresAt.getTime()));
}
