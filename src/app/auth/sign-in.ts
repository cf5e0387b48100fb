import { AppError } from '../../domain/app-error.ts';
import {
  findUserByUsername,
  insertSession,
  setLoginFailures,
} from '../../db/users/user-repository.ts';
import type { AppContext } from '../context.ts';
import { withActor } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from './password.ts';
import { hashToken, LOCKOUT_MS, MAX_FAILED_LOGINS, SESSION_IDLE_MS } from './session-policy.ts';
import { toSignedInUser } from './to-signed-in-user.ts';
import { toMe, type MeDto } from './me.ts';
import { acceptedCurrentAgreement } from './agreement-status.ts';

export type SignInInput = {
  username: string;
  password: string;
  ip?: string;
  userAgent?: string;
  /** The HTTP request signing in, for the audit rows. */
  requestId?: string;
};

// Verified when the username is unknown, so a wrong username costs as long as a wrong password.
let dummyHash: Promise<string> | undefined;
function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}

/**
 * Username + password sign-in (C7.6). Every attempt is audited; five wrong passwords in a row
 * lock the account for 15 minutes. Returns the session token for the cookie.
 */
export async function signIn(
  ctx: AppContext,
  input: SignInInput,
): Promise<{ token: string; me: MeDto }> {
  const now = ctx.clock.now();
  const user = await findUserByUsername(ctx.db, input.username.trim());
  const passwordOk = await verifyPassword(
    user?.passwordHash ?? (await dummyPasswordHash()),
    input.password,
  );
  if (!user) {
    await ctx.db.transaction((tx) => auditAttempt(tx, ctx, input, null, 'auth.login_failed'));
    throw new AppError('auth.invalid_credentials');
  }
  if (user.disabledAt) throw new AppError('auth.disabled');
  if (user.lockedUntil && user.lockedUntil > now) {
    throw new AppError('auth.locked', {
      params: { minutes: Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 60000) },
    });
  }
  if (!passwordOk) {
    const failures = user.failedLogins + 1;
    const lockedUntil = failures >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCKOUT_MS) : null;
    await ctx.db.transaction(async (tx) => {
      await setLoginFailures(tx, user.id, lockedUntil ? 0 : failures, lockedUntil);
      await auditAttempt(
        tx,
        ctx,
        input,
        user.id,
        lockedUntil ? 'auth.locked' : 'auth.login_failed',
      );
    });
    if (lockedUntil) throw new AppError('auth.locked', { params: { minutes: LOCKOUT_MS / 60000 } });
    throw new AppError('auth.invalid_credentials');
  }
  const signedIn = {
    ...toSignedInUser(user, input.ip),
    requestId: input.requestId,
    agreementAccepted: await acceptedCurrentAgreement(ctx.db, user.id),
  };
  const token = ctx.ids.token(32);
  await ctx.db.transaction(async (tx) => {
    await setLoginFailures(tx, user.id, 0, null);
    await insertSession(tx, {
      tokenHash: hashToken(token),
      userId: user.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
      ip: input.ip ?? null,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    });
    await recordAudit(tx, withActor(ctx, signedIn), {
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
    });
  });
  return { token, me: toMe(signedIn) };
}

function auditAttempt(
  tx: Parameters<typeof recordAudit>[0],
  ctx: AppContext,
  input: SignInInput,
  userId: number | null,
  action: string,
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
    after: { ip: input.ip ?? null },
  });
}
