import { randomBytes } from 'node:crypto';
import { AppError } from '../../domain/app-error.ts';
import { deleteSession, findUserByUsername } from '../../db/users/user-repository.ts';
import type { DbOrTx } from '../../db/db-types.ts';
import type { AppContext } from '../context.ts';
import { withActor } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { hashToken } from './session-policy.ts';
import { toSignedInUser } from './to-signed-in-user.ts';
import { pendingSecondFactor, toMe, type MeDto } from './me.ts';
import { acceptedCurrentAgreement } from './agreement-status.ts';
import { issueSession } from './issue-session.ts';
import {
  clearUserFailures,
  countSignInFailure,
  lockedError,
  signInLockedUntil,
  throttleKeys,
} from './sign-in-throttle.ts';

export type SignInInput = {
  username: string;
  password: string;
  ip?: string;
  userAgent?: string;
  /** The HTTP request signing in, for the audit rows. */
  requestId?: string;
  /** The session cookie the browser already held: deleted, never reused (ASVS 3.2.1). */
  previousToken?: string;
};

// Verified when the username is unknown, so a wrong username costs as long as a wrong password.
let dummyHash: Promise<string> | undefined;
function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}

type Refusal = 'unknown_user' | 'wrong_password' | 'disabled' | 'locked';

/**
 * Username + password, the first step of signing in (C7.6). Whatever is wrong — unknown
 * username, wrong password, disabled account — the answer, and the work done to reach it, are
 * the same: one password check, one count in the throttle (`sign-in-throttle.ts`), one audit
 * row. A username or address past its limit is refused as `auth.locked` before anything else is
 * told. On success the session is new; when the user has (or must set up) a second factor it is
 * marked as lacking it, and `/api/me` says what comes next.
 */
export async function signIn(
  ctx: AppContext,
  input: SignInInput,
): Promise<{ token: string; me: MeDto }> {
  const now = ctx.clock.now();
  const username = input.username.trim();
  const keys = throttleKeys(username, input.ip);
  const user = await findUserByUsername(ctx.db, username);
  const passwordOk = await verifyPassword(
    user?.passwordHash ?? (await dummyPasswordHash()),
    input.password,
  );
  const lockedUntil = await signInLockedUntil(ctx.db, keys, now);
  if (lockedUntil) {
    await ctx.db.transaction((tx) =>
      auditAttempt(tx, ctx, input, user?.id ?? null, 'auth.login_failed', 'locked'),
    );
    throw lockedError(lockedUntil, now);
  }
  if (!user || user.disabledAt || !passwordOk) {
    const reason: Refusal = !user ? 'unknown_user' : !passwordOk ? 'wrong_password' : 'disabled';
    const locked = await ctx.db.transaction(async (tx) => {
      const until = await countSignInFailure(tx, keys, now);
      const action = until ? 'auth.locked' : 'auth.login_failed';
      await auditAttempt(tx, ctx, input, user?.id ?? null, action, reason);
      return until;
    });
    if (locked) throw lockedError(locked, now);
    throw new AppError('auth.invalid_credentials');
  }
  const signedIn = {
    ...toSignedInUser(user, input.ip),
    requestId: input.requestId,
    agreementAccepted: await acceptedCurrentAgreement(ctx.db, user.id),
    secondFactor: { enrolled: user.totpEnrolled, verified: false },
  };
  const pending = pendingSecondFactor(signedIn);
  const token = await ctx.db.transaction(async (tx) => {
    if (input.previousToken) await deleteSession(tx, hashToken(input.previousToken));
    // Failures are forgotten only once sign-in is complete: a password alone must not reset
    // the count of wrong codes.
    if (!pending) await clearUserFailures(tx, keys);
    const issued = await issueSession(tx, ctx, {
      userId: user.id,
      ip: input.ip,
      userAgent: input.userAgent,
      secondFactorAt: null,
    });
    await recordAudit(tx, withActor(ctx, signedIn), {
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      after: { secondFactor: pending },
    });
    return issued;
  });
  return { token, me: toMe(signedIn) };
}

function auditAttempt(
  tx: DbOrTx,
  ctx: AppContext,
  input: SignInInput,
  userId: number | null,
  action: 'auth.login_failed' | 'auth.locked',
  reason: Refusal,
) {
  const actor = {
    kind: 'system' as const,
    name: `login:${input.username.slice(0, 60)}`,
    requestId: input.requestId,
  };
  return recordAudit(tx, withActor(ctx, actor), {
    action,
    entityType: 'user',
    entityId: userId,
    after: { ip: input.ip ?? null, reason },
  });
}
