import { AppError } from '../../domain/app-error.ts';
import {
  keptSourceRows,
  moveOwnedRows,
  type MergeMoves,
} from '../../db/data-quality/merge-repository.ts';
import { lockCustomers, markMerged } from '../../db/data-quality/customer-state-repository.ts';
import { MERGE_ACTION } from '../../db/data-quality/merge-audit-repository.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireMerger } from './data-quality-guard.ts';
import { writableForMerge } from './merge-guard.ts';

export type MergeInput = {
  sourceId: number;
  targetId: number;
  /** The versions the user confirmed; either file changed since → 412. */
  sourceVersion: number;
  targetVersion: number;
};

/** The `after` of a merge's audit row: everything unmerge needs. */
export type MergeAuditAfter = {
  sourceId: number;
  sourceName: string;
  sourceCreditCode: string;
  targetId: number;
  moves: MergeMoves;
  /** One-per-customer rows of the source that stayed on it because the target had its own. */
  keptOnSource: Record<string, unknown>;
};

/**
 * Merges duplicate file `sourceId` into `targetId` (C1.11) in one transaction: every row that
 * hangs off the source moves by the policies of customer-owned-tables.ts, the source is kept
 * with `merged_into_id` set (and so leaves every list and read), and the audit row lists every
 * moved id so `unmergeCustomers` can put them back.
 */
export async function mergeCustomers(ctx: AppContext, input: MergeInput) {
  const { sourceId, targetId } = input;
  if (sourceId === targetId) throw new AppError('conflict.merge_self', { field: 'targetId' });
  return ctx.db.transaction(async (tx) => {
    await lockCustomers(tx, [sourceId, targetId]);
    const source = await writableForMerge(tx, ctx.actor, sourceId, false);
    const target = await writableForMerge(tx, ctx.actor, targetId, false);
    // After the look-ups: files out of sight are missing for every role (docs/access.md).
    requireMerger(ctx.actor);
    if (source.version !== input.sourceVersion || target.version !== input.targetVersion)
      throw new AppError('conflict.stale_version');
    if (target.parentCustomerId === sourceId)
      throw new AppError('conflict.merge_group', { field: 'targetId' });

    const moves = await moveOwnedRows(tx, sourceId, targetId);
    const keptOnSource = await keptSourceRows(tx, sourceId, moves);
    const now = ctx.clock.now();
    const actorId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
    const merged = await markMerged(tx, sourceId, input.sourceVersion, targetId, { now, actorId });
    if (!merged) throw new AppError('conflict.stale_version');

    const after: MergeAuditAfter = {
      sourceId,
      sourceName: source.name,
      sourceCreditCode: source.creditCode,
      targetId,
      moves,
      keptOnSource,
    };
    const auditId = await recordAudit(tx, ctx, {
      action: MERGE_ACTION,
      entityType: 'customer',
      entityId: sourceId,
      customerId: targetId,
      after,
    });
    // The merged file's own history says where it went.
    await recordAudit(tx, ctx, {
      action: 'customer.merged_into',
      entityType: 'customer',
      entityId: sourceId,
      customerId: sourceId,
      before: { mergedIntoId: null },
      after: { mergedIntoId: targetId, mergeAuditId: auditId },
    });
    return {
      auditId,
      sourceId,
      targetId,
      moved: Object.entries(moves).map(([key, ids]) => ({ key, count: ids.length })),
    };
  });
}
