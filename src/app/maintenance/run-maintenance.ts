import { lt, or, sql } from 'drizzle-orm';
import { sessions } from '../../db/schema/index.ts';
import { deleteStaleThrottles } from '../../db/users/sign-in-throttle-repository.ts';
import type { AppContext } from '../context.ts';
import { FAILURE_WINDOW_MS, SESSION_ABSOLUTE_MS } from '../auth/session-policy.ts';

/**
 * Housekeeping the server runs every few hours: sessions past their idle or absolute deadline
 * go, so do sign-in throttle keys with nothing left to count, and PGlite, which has no
 * autovacuum worker of its own, gets VACUUM ANALYZE (ARCHITECTURE.md, "Data rules").
 */
export async function runMaintenance(
  ctx: AppContext,
): Promise<{ expiredSessions: number; staleThrottleKeys: number }> {
  const now = ctx.clock.now();
  const removed = await ctx.db
    .delete(sessions)
    .where(
      or(
        lt(sessions.expiresAt, now),
        lt(sessions.createdAt, new Date(now.getTime() - SESSION_ABSOLUTE_MS)),
      ),
    )
    .returning({ tokenHash: sessions.tokenHash });
  const staleThrottleKeys = await deleteStaleThrottles(ctx.db, now, FAILURE_WINDOW_MS);
  if (ctx.engine === 'pglite') await ctx.db.execute(sql`VACUUM ANALYZE`);
  return { expiredSessions: removed.length, staleThrottleKeys };
}
