import { AppError } from '../../domain/app-error.ts';
import { restoreOwnedRows } from '../../db/data-quality/merge-repository.ts';
import { clearMerged, lockCustomers } from '../../db/data-quality/customer-state-repository.ts';
import {
  findMergeAudit,
  latestMergeEvent,
  UNMERGE_ACTION,
} from '../../db/data-quality/merge-audit-repository.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireMerger } from './data-quality-guard.ts';
import { writableForMerge } from './merge-guard.ts';
import type { MergeAuditAfter } from './merge-customers.ts';

/**
 * Undoes a merge from its audit row: the rows it moved go back to the source (those still on
 * the target), the team members it added leave, and the source is a file of its own again.
 * Only the source's latest merge can be undone, and only while both files are live: when the
 * target was merged on into another file, that later merge is undone first.
 */
export async function unmergeCustomers(ctx: AppContext, mergeAuditId: number) {
  const audit = await findMergeAudit(ctx.db, mergeAuditId);
  if (!audit || audit.customerId === null) throw new AppError('not_found');
  const { sourceId, targetId, moves } = audit.after as MergeAuditAfter;
  return ctx.db.transaction(async (tx) => {
    await lockCustomers(tx, [sourceId, targetId]);
    const source = await writableForMerge(tx, ctx.actor, sourceId, true);
    const target = await writableForMerge(tx, ctx.actor, targetId, true);
    // After the look-ups: files out of sight are missing for every role (docs/access.md).
    requireMerger(ctx.actor);
    const latest = await latestMergeEvent(tx, sourceId);
    const inEffect = source.mergedIntoId === target.id && latest?.id === mergeAuditId;
    if (!inEffect || target.mergedIntoId !== null)
      throw new AppError('conflict.unmerge_not_latest');

    const restored = await restoreOwnedRows(tx, moves, sourceId, targetId);
    const now = ctx.clock.now();
    const actorId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
    if (!(await clearMerged(tx, sourceId, source.version, { now, actorId })))
      throw new AppError('conflict.stale_version');

    const auditId = await recordAudit(tx, ctx, {
      action: UNMERGE_ACTION,
      entityType: 'customer',
      entityId: sourceId,
      customerId: targetId,
      after: { mergeAuditId, sourceId, targetId, restored },
    });
    await recordAudit(tx, ctx, {
      action: 'customer.unmerged',
      entityType: 'customer',
      entityId: sourceId,
      customerId: sourceId,
      before: { mergedIntoId: targetId },
      after: { mergedIntoId: null, unmergeAuditId: auditId },
    });
    return {
      auditId,
      sourceId,
      targetId,
      restored: Object.entries(restored).map(([key, ids]) => ({ key, count: ids.length })),
    };
  });
}
