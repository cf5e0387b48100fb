import { and, eq, gt, inArray, isNull, lt, lte, max, or, sql } from 'drizzle-orm';
import { signInThrottle } from '../schema/index.ts';
import type { DbOrTx } from '../db-types.ts';

/** The latest `locked_until` still ahead of `now` among these keys, or null. */
export async function lockedUntilOf(
  db: DbOrTx,
  keys: readonly string[],
  now: Date,
): Promise<Date | null> {
  const [row] = await db
    .select({ until: max(signInThrottle.lockedUntil) })
    .from(signInThrottle)
    .where(and(inArray(signInThrottle.key, [...keys]), gt(signInThrottle.lockedUntil, now)));
  return row?.until ?? null;
}

export type ThrottleRule = { limit: number; windowMs: number; lockMs: number };

/**
 * Counts one failure for `key` in one statement, so parallel attempts cannot both slip under
 * the limit: a window older than `windowMs` starts again at 1; reaching `limit` locks the key
 * for `lockMs` and starts a fresh window; a key already locked stays as it is (failing during
 * a lock does not extend it). Answers when the key is locked until, if it is.
 */
export async function countFailure(
  tx: DbOrTx,
  key: string,
  rule: ThrottleRule,
  now: Date,
): Promise<Date | null> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const windowStart = sql`${new Date(now.getTime() - rule.windowMs).toISOString()}::timestamptz`;
  const lockEnd = sql`${new Date(now.getTime() + rule.lockMs).toISOString()}::timestamptz`;
  const locked = sql`${signInThrottle.lockedUntil} > ${at}`;
  const expired = sql`${signInThrottle.windowStartedAt} <= ${windowStart}`;
  const next = sql`(CASE WHEN ${expired} THEN 1 ELSE ${signInThrottle.failures} + 1 END)`;
  const reached = sql`${next} >= ${rule.limit}`;
  const [row] = await tx
    .insert(signInThrottle)
    .values({ key, failures: 1, windowStartedAt: now, lockedUntil: null })
    .onConflictDoUpdate({
      target: signInThrottle.key,
      set: {
        failures: sql`CASE WHEN ${locked} THEN ${signInThrottle.failures} WHEN ${reached} THEN 0 ELSE ${next} END`,
        windowStartedAt: sql`CASE WHEN ${locked} THEN ${signInThrottle.windowStartedAt} WHEN ${reached} OR ${expired} THEN ${at} ELSE ${signInThrottle.windowStartedAt} END`,
        lockedUntil: sql`CASE WHEN ${locked} THEN ${signInThrottle.lockedUntil} WHEN ${reached} THEN ${lockEnd} ELSE NULL END`,
      },
    })
    .returning({ lockedUntil: signInThrottle.lockedUntil });
  const until = row?.lockedUntil ?? null;
  return until && until > now ? until : null;
}

/** Forgets a key's failures (a completed sign-in clears its username's count). */
export async function clearThrottle(tx: DbOrTx, key: string): Promise<void> {
  await tx.delete(signInThrottle).where(eq(signInThrottle.key, key));
}

/** Keys whose window has ended and that are not locked: nothing left to remember. */
export async function deleteStaleThrottles(db: DbOrTx, now: Date, windowMs: number) {
  const windowStart = new Date(now.getTime() - windowMs);
  const gone = await db
    .delete(signInThrottle)
    .where(
      and(
        lt(signInThrottle.windowStartedAt, windowStart),
        or(isNull(signInThrottle.lockedUntil), lte(signInThrottle.lockedUntil, now)),
      ),
    )
    .returning({ key: signInThrottle.key });
  return gone.length;
}
