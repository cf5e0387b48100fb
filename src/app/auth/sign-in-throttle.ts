import { AppError } from '../../domain/app-error.ts';
import type { DbOrTx } from '../../db/db-types.ts';
import {
  clearThrottle,
  countFailure,
  lockedUntilOf,
} from '../../db/users/sign-in-throttle-repository.ts';
import {
  FAILURE_WINDOW_MS,
  IP_FAILURE_LIMIT,
  SIGN_IN_LOCK_MS,
  USER_FAILURE_LIMIT,
} from './session-policy.ts';

/**
 * The throttle keys of an attempt: the username as typed (trimmed, lower case — whether or not
 * such a user exists, so the answer cannot tell) and the client address.
 */
export type ThrottleKeys = { user: string; ip: string | null };

export function throttleKeys(username: string, ip: string | undefined): ThrottleKeys {
  return { user: `user:${username.trim().toLowerCase()}`, ip: ip ? `ip:${ip}` : null };
}

function keyList(keys: ThrottleKeys): string[] {
  return keys.ip ? [keys.user, keys.ip] : [keys.user];
}

/** The one answer while a key is locked, the same for a known and an unknown username. */
export function lockedError(until: Date, now: Date): AppError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return new AppError('auth.locked', { params: { minutes } });
}

/** When the username's or the address's lock ends, if either is locked now. */
export function signInLockedUntil(db: DbOrTx, keys: ThrottleKeys, now: Date): Promise<Date | null> {
  return lockedUntilOf(db, keyList(keys), now);
}

/** Counts a failed attempt for both keys; answers the lock's end if this failure locked one. */
export async function countSignInFailure(
  tx: DbOrTx,
  keys: ThrottleKeys,
  now: Date,
): Promise<Date | null> {
  const rule = { windowMs: FAILURE_WINDOW_MS, lockMs: SIGN_IN_LOCK_MS };
  const userLock = await countFailure(tx, keys.user, { ...rule, limit: USER_FAILURE_LIMIT }, now);
  const ipLock = keys.ip
    ? await countFailure(tx, keys.ip, { ...rule, limit: IP_FAILURE_LIMIT }, now)
    : null;
  if (userLock && ipLock) return userLock > ipLock ? userLock : ipLock;
  return userLock ?? ipLock;
}

/**
 * A completed sign-in forgets its username's failures. Never the address's: one's own account
 * must not reset the count of guesses made at others' from the same place.
 */
export function clearUserFailures(tx: DbOrTx, keys: ThrottleKeys): Promise<void> {
  return clearThrottle(tx, keys.user);
}
