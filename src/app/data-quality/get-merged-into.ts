import { AppError } from '../../domain/app-error.ts';
import { findCustomer } from '../../db/customers/customer-repository.ts';
import { mergedIntoOf } from '../../db/data-quality/customer-summaries.ts';
import type { AppContext } from '../context.ts';
import { customerReadScope, customerReadScopeIncludingMerged } from '../access/record-scope.ts';

/**
 * Where a merged file went. A merged file itself answers 404 everywhere (it left every list and
 * read); this is the one pointer to the file it lives on in — only when the viewer could read
 * the merged file and can read the kept one, so it reveals nothing new. A later merge of the
 * kept file re-points earlier merges, so one hop is always enough.
 */
export async function getMergedInto(ctx: AppContext, id: number) {
  const mergedIntoId = await mergedIntoOf(ctx.db, id, customerReadScopeIncludingMerged(ctx.actor));
  if (mergedIntoId === null) throw new AppError('not_found');
  const target = await findCustomer(ctx.db, mergedIntoId, customerReadScope(ctx.actor));
  if (!target) throw new AppError('not_found');
  return { id, mergedIntoId: target.id, mergedIntoName: target.name };
}
