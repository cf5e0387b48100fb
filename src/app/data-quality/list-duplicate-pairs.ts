import { AppError } from '../../domain/app-error.ts';
import { orgUnitOf } from '../../db/customers/customer-repository.ts';
import { listDuplicatePairs } from '../../db/data-quality/duplicate-queries.ts';
import { customerSummaries } from '../../db/data-quality/customer-summaries.ts';
import type { AppContext } from '../context.ts';
import { customerReadScope, customerWriteScope } from '../access/record-scope.ts';
import { mayMerge, requireCustomerReader } from './data-quality-guard.ts';
import { toSummaryDto } from './summary-dto.ts';

export type ListDuplicatePairsInput = { page: number; pageSize: number; orgUnitId?: number };

/**
 * Likely duplicate pairs within the viewer's read scope (C1.11), best first. Each pair says
 * whether this viewer may merge it: a director or regional manager with both files in their
 * write scope.
 */
export async function listDuplicatePairsInScope(ctx: AppContext, input: ListDuplicatePairsInput) {
  requireCustomerReader(ctx.actor);
  let orgUnitPath: string | undefined;
  if (input.orgUnitId !== undefined) {
    const unit = await orgUnitOf(ctx.db, input.orgUnitId);
    if (!unit)
      throw new AppError('validation.failed', {
        issues: [{ field: 'orgUnitId', code: 'validation.invalid' }],
      });
    orgUnitPath = unit.path;
  }
  const scope = customerReadScope(ctx.actor);
  const { pairs, total } = await listDuplicatePairs(ctx.db, {
    scope,
    orgUnitPath,
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
  const ids = [...new Set(pairs.flatMap((pair) => [pair.aId, pair.bId]))];
  const [summaries, writable] = await Promise.all([
    customerSummaries(ctx.db, ids, scope),
    mayMerge(ctx.actor)
      ? customerSummaries(ctx.db, ids, customerWriteScope(ctx.actor))
      : Promise.resolve([]),
  ]);
  const byId = new Map(summaries.map((s) => [s.id, toSummaryDto(s)]));
  const canWrite = new Set(writable.map((s) => s.id));
  return {
    items: pairs.flatMap(({ aId, bId, score }) => {
      const a = byId.get(aId);
      const b = byId.get(bId);
      if (!a || !b) return [];
      return [{ score, a, b, mergeable: canWrite.has(aId) && canWrite.has(bId) }];
    }),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}
