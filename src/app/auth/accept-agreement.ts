import { AppError } from '../../domain/app-error.ts';
import { AGREEMENT_VERSION } from '../../domain/confidentiality/agreement.ts';
import { insertAgreementAcceptance } from '../../db/confidentiality/acceptance-repository.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';

/**
 * The signed-in user accepts the current confidentiality agreement (C7.6): stored per user and
 * version, with time and address, and audited as `auth.agreement_accept` in the same
 * transaction. Accepting again is a no-op, not a second record.
 */
export async function acceptAgreement(ctx: AppContext): Promise<{ version: string }> {
  const actor = ctx.actor;
  // Only people sign agreements; the CLI's system actor never needs one.
  if (actor.kind !== 'user') throw new AppError('auth.forbidden');
  await ctx.db.transaction(async (tx) => {
    const inserted = await insertAgreementAcceptance(tx, {
      userId: actor.userId,
      version: AGREEMENT_VERSION,
      acceptedAt: ctx.clock.now(),
      ip: actor.ip ?? null,
    });
    if (!inserted) return;
    await recordAudit(tx, ctx, {
      action: 'auth.agreement_accept',
      entityType: 'user',
      entityId: actor.userId,
      after: { version: AGREEMENT_VERSION },
    });
  });
  return { version: AGREEMENT_VERSION };
}
