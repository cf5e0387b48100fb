import { deleteSession, findSession, insertSession } from '../../db/users/user-repository.ts';
import type { DbOrTx } from '../../db/db-types.ts';
import type { AppContext } from '../context.ts';
import { hashToken, SESSION_IDLE_MS } from './session-policy.ts';

export type NewSession = {
  userId: number;
  ip?: string | undefined;
  userAgent?: string | undefined;
  /** When the second factor was given in this session; null until then. */
  secondFactorAt: Date | null;
  /** The sign-in this session continues (a rotation keeps the absolute deadline); now if new. */
  createdAt?: Date;
};

/** A new random 256-bit session token; only its SHA-256 is stored. Answers the token. */
export async function issueSession(
  tx: DbOrTx,
  ctx: AppContext,
  session: NewSession,
): Promise<string> {
  const now = ctx.clock.now();
  const token = ctx.ids.token(32);
  await insertSession(tx, {
    tokenHash: hashToken(token),
    userId: session.userId,
    createdAt: session.createdAt ?? now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
    ip: session.ip ?? null,
    userAgent: session.userAgent?.slice(0, 300) ?? null,
    secondFactorAt: session.secondFactorAt,
  });
  return token;
}

/**
 * Replaces a session by a new token (ASVS 3.2.1: a new token whenever the user's authentication
 * changes): the old one is deleted, so a token seen before the second factor is worthless after.
 */
export async function rotateSession(
  tx: DbOrTx,
  ctx: AppContext,
  oldToken: string,
  session: Omit<NewSession, 'createdAt'>,
): Promise<string> {
  const old = await findSession(tx, hashToken(oldToken));
  await deleteSession(tx, hashToken(oldToken));
  return issueSession(tx, ctx, { ...session, ...(old ? { createdAt: old.createdAt } : {}) });
}
