import { normaliseCreditCode } from '../../domain/credit-code.ts';
import { findNameCandidates } from '../../db/data-quality/duplicate-queries.ts';
import {
  customerSummaries,
  findByCreditCode,
  type CustomerSummary,
} from '../../db/data-quality/customer-summaries.ts';
import type { AppContext } from '../context.ts';
import { customerReadScope } from '../access/record-scope.ts';
import { requireCustomerReader } from './data-quality-guard.ts';
import { toSummaryDto } from './summary-dto.ts';

export type DuplicateCandidatesInput = {
  name?: string | undefined;
  creditCode?: string | undefined;
  province?: string | undefined;
  city?: string | undefined;
  /** The file being edited, which is not its own duplicate. */
  excludeId?: number | undefined;
};

const MAX_CANDIDATES = 10;
const MIN_NAME_LENGTH = 2;

/**
 * Possible duplicates of a file being entered (C1.11), only among the customers the viewer may
 * read: the same credit code (the create would be refused anyway) and similar names. A credit
 * code held by a merged file points at the file it was merged into.
 */
export async function findDuplicateCandidates(ctx: AppContext, input: DuplicateCandidatesInput) {
  requireCustomerReader(ctx.actor);
  const scope = customerReadScope(ctx.actor);
  const scores = new Map<number, { score: number; reason: 'credit_code' | 'name' }>();

  const code = input.creditCode ? normaliseCreditCode(input.creditCode) : '';
  if (code.length === 18) {
    const holder = await findByCreditCode(ctx.db, code);
    const id = holder ? (holder.mergedIntoId ?? holder.id) : undefined;
    if (id !== undefined && id !== input.excludeId)
      scores.set(id, { score: 1, reason: 'credit_code' });
  }
  const name = input.name?.trim() ?? '';
  if ([...name].length >= MIN_NAME_LENGTH) {
    const found = await findNameCandidates(ctx.db, {
      scope,
      policiesBind: ctx.policiesBindFor(ctx.actor),
      name,
      province: input.province?.trim() || undefined,
      city: input.city?.trim() || undefined,
      excludeId: input.excludeId,
      limit: MAX_CANDIDATES,
    });
    for (const { id, score } of found) {
      if (!scores.has(id)) scores.set(id, { score, reason: 'name' });
    }
  }
  // Summaries are read under the scope again: a credit-code holder outside it stays unnamed.
  const summaries = await customerSummaries(ctx.db, [...scores.keys()], scope);
  const items = summaries
    .map((summary: CustomerSummary) => ({ ...toSummaryDto(summary), ...scores.get(summary.id)! }))
    .sort((a, b) => b.score - a.score || a.id - b.id)
    .slice(0, MAX_CANDIDATES);
  return { items };
}
