import { deleteSession } from '../../db/users/user-repository.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { hashToken } from './session-policy.ts';

/** Kills the session server-side: the cookie is worthless afterwards even if kept. */
export async function signOut(ctx: AppContext, token: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await deleteSession(tx, hashToken(token));
    if (ctx.actor.kind === 'user') {
      await recordAudit(tx, ctx, {
        action: 'auth.logout',
        entityType: 'user',
        entityId: ctx.actor.userId,
      });
    }
  });
}
