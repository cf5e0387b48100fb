import { AppError } from '../../domain/app-error.ts';
import { orgUnitOf } from '../../db/customers/customer-repository.ts';
import type { CustomerListFilters } from '../../db/customers/customer-list-query.ts';
import { sortField, type CustomerSort } from '../../domain/customer-sorts.ts';
import { quarterOf } from '../../domain/review-quarter.ts';
import type { AppContext } from '../context.ts';
import { assertFieldsUsable, fieldAccessOf } from '../access/field-projection.ts';

/**
 * The customer list's filters as the API and the CLI give them: the query's own filters, with
 * the org unit by id (its subtree is looked up) and the quarter flag instead of an instant.
 */
export type CustomerFilterInput = Omit<CustomerListFilters, 'orgUnitPath' | 'notReviewedSince'> & {
  orgUnitId?: number | undefined;
  notReviewedThisQuarter?: boolean | undefined;
};

/**
 * The customer fields each filter reads. A reader may filter and sort only by fields they see in
 * full (C7.3): listing the customers whose hidden figure is above some value would disclose it.
 */
const FILTER_FIELDS: Record<keyof CustomerFilterInput, readonly string[]> = {
  q: ['name', 'shortName', 'creditCode'],
  orgUnitId: ['orgUnitId'],
  industry: ['industry'],
  tier: ['tier'],
  kaLevel: ['kaLevel'],
  lifecycleStatus: ['lifecycleStatus'],
  kaClass: ['kaClass'],
  relationshipLevel: ['relationshipLevel'],
  relationshipStage: ['relationshipStage'],
  needsSegment: ['needsSegment'],
  valueSegment: ['valueSegment'],
  completenessBelow: ['completeness'],
  notReviewedThisQuarter: ['lastReviewedAt'],
};

/** The fields a list request filters and sorts by. */
function customerListFieldsUsed(input: CustomerFilterInput, sort: CustomerSort): string[] {
  const filters = Object.entries(input)
    .filter(([key, value]) => value !== undefined && key in FILTER_FIELDS)
    .flatMap(([key]) => FILTER_FIELDS[key as keyof CustomerFilterInput]);
  return [...filters, sortField(sort)];
}

/**
 * The filters as the list query takes them, shared by the list and its export so both select
 * exactly the same customers. An unknown org unit is a field error, not an empty list; a filter
 * or sort by a field the reader may not see is refused (403 access.field_hidden).
 */
export async function customerListFilters(
  ctx: AppContext,
  input: CustomerFilterInput,
  sort: CustomerSort,
): Promise<CustomerListFilters> {
  assertFieldsUsable(fieldAccessOf(ctx.actor), 'customer', customerListFieldsUsed(input, sort));
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
