import { findUserBySession, touchSession } from '../../db/users/user-repository.ts';
import type { AppContext } from '../context.ts';
import {
  hashToken,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  SESSION_TOUCH_EVERY_MS,
  sessionEndsAt,
} from './session-policy.ts';
import { toSignedInUser } from './to-signed-in-user.ts';
import type { SignedInUser } from './me.ts';
import { acceptedCurrentAgreement } from './agreement-status.ts';

/**
 * The user behind a session cookie, or null when the session is unknown, idle past its
 * deadline, older than the absolute limit, or its user is disabled. Slides the idle deadline
 * at most once a minute, never past the absolute one (that is checked on its own).
 */
export async function resolveSession(
  ctx: AppContext,
  token: string,
  ip?: string,
): Promise<SignedInUser | null> {
  const now = ctx.clock.now();
  const tokenHash = hashToken(token);
  const createdAfter = new Date(now.getTime() - SESSION_ABSOLUTE_MS);
  const row = await findUserBySession(ctx.db, tokenHash, now, createdAfter);
  if (!row) return null;
  let expiresAt = row.sessionExpiresAt;
  if (now.getTime() - row.sessionLastSeenAt.getTime() > SESSION_TOUCH_EVERY_MS) {
    expiresAt = new Date(now.getTime() + SESSION_IDLE_MS);
    await touchSession(ctx.db, tokenHash, now, expiresAt);
  }
  // A second small query (primary key) rather than a join in findUserBySession; the session
  // cache absorbs both for a burst of requests.
  const agreementAccepted = await acceptedCurrentAgreement(ctx.db, row.id);
  return {
    ...toSignedInUser(row, ip),
    agreementAccepted,
    secondFactor: { enrolled: row.totpEnrolled, verified: row.secondFactorAt !== null },
    sessionEndsAt: sessionEndsAt({ createdAt: row.sessionCreatedAt, expiresAt }),
  };
}
