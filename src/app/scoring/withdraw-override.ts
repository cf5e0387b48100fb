import { AppError } from '../../domain/app-error.ts';
import {
  findOverride,
  findOverrideView,
  updateOverrideIfVersion,
} from '../../db/scoring/override-repository.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { tierCaseScope } from './appeal-access.ts';
import { toOverrideDto, type OverrideDto } from './override-dto.ts';
import { overrideStateConflict } from './tier-case-errors.ts';
import { lockCaseRun } from './tier-case-target.ts';

/**
 * The proposer takes back an open proposal (C2.6) before the committee decides it. Only the
 * proposer: a colleague who disagrees proposes nothing or tells the committee. `If-Match` is
 * checked when given; a decided proposal can no longer be withdrawn.
 */
export async function withdrawOverride(
  ctx: AppContext,
  overrideId: number,
  expectedVersion: number | undefined,
): Promise<OverrideDto> {
  const scope = tierCaseScope(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const seen = await findOverrideView(tx, overrideId, scope);
    if (!seen) throw new AppError('not_found');
    await lockCaseRun(tx, ctx.actor, seen.override.runId);
    const current = await findOverride(tx, overrideId, true);
    if (!current) throw new AppError('not_found');
    if (ctx.actor.kind !== 'user' || current.proposedBy !== ctx.actor.userId) {
      throw new AppError('auth.forbidden');
    }
    if (expectedVersion !== undefined && expectedVersion !== current.version) {
      throw new AppError('conflict.stale_version');
    }
    if (current.state !== 'proposed') throw overrideStateConflict(current.state);
    const row = await updateOverrideIfVersion(tx, overrideId, current.version, 'proposed', {
      state: 'withdrawn',
    });
    if (!row) throw new AppError('conflict.stale_version');
    await recordAudit(tx, ctx, {
      action: 'scoring.override.withdraw',
      entityType: 'tier_override',
      entityId: overrideId,
      customerId: row.customerId,
      before: { state: current.state, version: current.version },
      after: { runId: row.runId, state: row.state, version: row.version },
    });
    const view = await findOverrideView(tx, overrideId, scope);
    return toOverrideDto(view!);
  });
}
