import { AppError } from '../../domain/app-error.ts';
import { recomputeAllCompleteness } from '../../db/data-quality/completeness-sql.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';

/**
 * Recomputes every customer's completeness (C1.11) set-wise in SQL: for rows written before the
 * score existed, rows bulk-loaded by COPY (the demo loader, imports), and after the list of
 * recommended fields changes. The local operator's job (`patron data-quality recompute`).
 */
export async function recomputeCompleteness(
  ctx: AppContext,
  onProgress?: (done: number, total: number) => void,
): Promise<{ changed: number }> {
  if (ctx.actor.kind !== 'system') throw new AppError('auth.forbidden');
  const changed = await recomputeAllCompleteness(ctx.db, { onProgress });
  await ctx.db.transaction((tx) =>
    recordAudit(tx, ctx, {
      action: 'data_quality.recompute',
      entityType: 'customer',
      after: { completenessChanged: changed },
    }),
  );
  return { changed };
}
