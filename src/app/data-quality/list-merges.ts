import { latestMergeEvent, listMergeAudits } from '../../db/data-quality/merge-audit-repository.ts';
import { customerSummaries } from '../../db/data-quality/customer-summaries.ts';
import type { AppContext } from '../context.ts';
import {
  customerReadScope,
  customerReadScopeIncludingMerged,
  customerWriteScopeIncludingMerged,
} from '../access/record-scope.ts';
import { mayMerge, requireCustomerReader } from './data-quality-guard.ts';
import type { MergeAuditAfter } from './merge-customers.ts';

/**
 * Merges whose kept file the viewer may read, newest first, each saying whether this viewer
 * can still undo it (the source's latest merge, still in effect, both files writable).
 */
export async function listMerges(ctx: AppContext, input: { page: number; pageSize: number }) {
  requireCustomerReader(ctx.actor);
  const { items, total } = await listMergeAudits(
    ctx.db,
    customerReadScope(ctx.actor),
    input.page,
    input.pageSize,
  );
  const sourceIds = items.map((item) => Number(item.sourceId));
  const targetIds = items.map((item) => Number(item.targetId));
  const merger = mayMerge(ctx.actor);
  const [sources, targets, writableSources, writableTargets, latest] = await Promise.all([
    customerSummaries(ctx.db, sourceIds, customerReadScopeIncludingMerged(ctx.actor)),
    customerSummaries(ctx.db, targetIds, customerReadScopeIncludingMerged(ctx.actor)),
    merger
      ? customerSummaries(ctx.db, sourceIds, customerWriteScopeIncludingMerged(ctx.actor))
      : Promise.resolve([]),
    merger
      ? customerSummaries(ctx.db, targetIds, customerWriteScopeIncludingMerged(ctx.actor))
      : Promise.resolve([]),
    Promise.all(sourceIds.map((id) => latestMergeEvent(ctx.db, id))),
  ]);
  const name = new Map([...sources, ...targets].map((s) => [s.id, s.name]));
  const writable = new Set([...writableSources, ...writableTargets].map((s) => s.id));
  return {
    items: items.map((item, i) => {
      const after = item.after as MergeAuditAfter;
      const source = sources.find((s) => s.id === after.sourceId);
      const target = targets.find((t) => t.id === after.targetId);
      // In effect: the source's latest merge, still pointing at a target that is itself live.
      const inEffect =
        source?.mergedIntoId === after.targetId &&
        target?.mergedIntoId === null &&
        latest[i]?.id === item.id;
      return {
        auditId: item.id,
        at: new Date(item.at).toISOString(),
        actorName: item.actorName,
        sourceId: after.sourceId,
        sourceName: name.get(after.sourceId) ?? null,
        targetId: after.targetId,
        targetName: name.get(after.targetId) ?? null,
        moved: Object.entries(after.moves).map(([key, ids]) => ({ key, count: ids.length })),
        inEffect,
        reversible: inEffect && writable.has(after.sourceId) && writable.has(after.targetId),
      };
    }),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}
