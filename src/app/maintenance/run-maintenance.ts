import { lt, sql } from 'drizzle-orm';
import { sessions } from '../../db/schema/index.ts';
import type { AppContext } from '../context.ts';

/**
 * Housekeeping the server runs every few hours: expired sessions go, and PGlite, which has no
 * autovacuum worker of its own, gets VACUUM ANALYZE (ARCHITECTURE.md, "Data rules").
 */
export async function runMaintenance(ctx: AppContext): Promise<{ expiredSessions: number }> {
  const removed = await ctx.db
    .delete(sessions)
    .where(lt(sessions.expiresAt, ctx.clock.now()))
    .returning({ tokenHash: sessions.tokenHash });
  if (ctx.engine === 'pglite') await ctx.db.execute(sql`VACUUM ANALYZE`);
  return { expiredSessions: removed.length };
}
