import { AppError } from '../../domain/app-error.ts';
import { orgUnitOf } from '../../db/customers/customer-repository.ts';
import type { CustomerListFilters } from '../../db/customers/customer-list-query.ts';
import { quarterOf } from '../../domain/review-quarter.ts';
import type { AppContext } from '../context.ts';

/**
 * The customer list's filters as the API and the CLI give them: the query's own filters, with
 * the org unit by id (its subtree is looked up) and the quarter flag instead of an instant.
 */
export type CustomerFilterInput = Omit<CustomerListFilters, 'orgUnitPath' | 'notReviewedSince'> & {
  orgUnitId?: number | undefined;
  notReviewedThisQuarter?: boolean | undefined;
};

/**
 * The filters as the list query takes them, shared by the list and its export so both select
 * exactly the same customers. An unknown org unit is a field error, not an empty list.
 */
export async function customerListFilters(
  ctx: AppContext,
  input: CustomerFilterInput,
): Promise<CustomerListFilters> {
  const filters: CustomerListFilters = {
    q: input.q?.trim() || undefined,
    industry: input.industry,
    tier: input.tier,
    kaLevel: input.kaLevel,
    lifecycleStatus: input.lifecycleStatus,
    kaClass: input.kaClass,
    relationshipLevel: input.relationshipLevel,
    relationshipStage: input.relationshipStage,
    needsSegment: input.needsSegment?.trim() || undefined,
    valueSegment: input.valueSegment?.trim() || undefined,
    completenessBelow: input.completenessBelow,
    // Quarters are Beijing-time calendar quarters (seed 001 §四(二)), whatever the server's zone.
    notReviewedSince: input.notReviewedThisQuarter ? quarterOf(ctx.clock.now()).start : undefined,
  };
  if (input.orgUnitId !== undefined) {
    const unit = await orgUnitOf(ctx.db, input.orgUnitId);
    if (!unit)
      throw new AppError('validation.failed', {
        issues: [{ field: 'orgUnitId', code: 'validation.invalid' }],
      });
    filters.orgUnitPath = unit.path;
  }
  return filters;
}
