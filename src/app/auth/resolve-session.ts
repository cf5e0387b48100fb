import { findUserBySession, touchSession } from '../../db/users/user-repository.ts';
import type { AppContext } from '../context.ts';
import { hashToken, SESSION_IDLE_MS, SESSION_TOUCH_EVERY_MS } from './session-policy.ts';
import { toSignedInUser } from './to-signed-in-user.ts';
import type { SignedInUser } from './me.ts';
import { acceptedCurrentAgreement } from './agreement-status.ts';

/** The user behind a session cookie, or null. Slides the idle expiry at most once a minute. */
export async function resolveSession(
  ctx: AppContext,
  token: string,
  ip?: string,
): Promise<SignedInUser | null> {
  const now = ctx.clock.now();
  const tokenHash = hashToken(token);
  const row = await findUserBySession(ctx.db, tokenHash, now);
  if (!row) return null;
  if (now.getTime() - row.sessionLastSeenAt.getTime() > SESSION_TOUCH_EVERY_MS) {
    await touchSession(ctx.db, tokenHash, now, new Date(now.getTime() + SESSION_IDLE_MS));
  }
  // A second small query (primary key) rather than a join in findUserBySession; the session
  // cache absorbs both for a burst of requests.
  const agreementAccepted = await acceptedCurrentAgreement(ctx.db, row.id);
  return { ...toSignedInUser(row, ip), agreementAccepted };
}
