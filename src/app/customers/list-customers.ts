import { AppError } from '../../domain/app-error.ts';
import { orgUnitOf } from '../../db/customers/customer-repository.ts';
import {
  queryCustomerList,
  type CustomerListFilters,
} from '../../db/customers/customer-list-query.ts';
import type { CustomerSort } from '../../domain/customer-sorts.ts';
import type { AppContext } from '../context.ts';
import type {
  IndustrySection,
  KaClass,
  KaLevel,
  LifecycleStatus,
  RelationshipLevel,
  RelationshipStage,
  Tier,
} from '../../domain/customer-fields.ts';
import { quarterOf, reviewedThisQuarter } from '../../domain/review-quarter.ts';
import { customerReadScope } from '../access/record-scope.ts';

export type ListCustomersInput = {
  page: number;
  pageSize: number;
  sort: CustomerSort;
  q?: string | undefined;
  orgUnitId?: number | undefined;
  industry?: IndustrySection | undefined;
  tier?: Tier | 'none' | undefined;
  kaLevel?: KaLevel | undefined;
  lifecycleStatus?: LifecycleStatus | undefined;
  kaClass?: KaClass | undefined;
  relationshipLevel?: RelationshipLevel | undefined;
  relationshipStage?: RelationshipStage | undefined;
  needsSegment?: string | undefined;
  valueSegment?: string | undefined;
  completenessBelow?: number | undefined;
  notReviewedThisQuarter?: boolean | undefined;
};

/** The customer list (C1, C10.1): filters, sort and paging on the server, always scoped. */
export async function listCustomers(ctx: AppContext, input: ListCustomersInput) {
  const now = ctx.clock.now();
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
    notReviewedSince: input.notReviewedThisQuarter ? quarterOf(now).start : undefined,
  };
  if (input.orgUnitId !== undefined) {
    const unit = await orgUnitOf(ctx.db, input.orgUnitId);
    if (!unit)
      throw new AppError('validation.failed', {
        issues: [{ field: 'orgUnitId', code: 'validation.invalid' }],
      });
    filters.orgUnitPath = unit.path;
  }
  const result = await queryCustomerList(ctx.db, {
    scope: customerReadScope(ctx.actor),
    filters,
    sort: input.sort,
    page: input.page,
    pageSize: input.pageSize,
  });
  return {
    items: result.items.map((item) => ({
      ...item,
      lastReviewedAt: item.lastReviewedAt?.toISOString() ?? null,
      reviewedThisQuarter: reviewedThisQuarter(item.lastReviewedAt, now),
      updatedAt: item.updatedAt.toISOString(),
    })),
    total: result.total,
    page: input.page,
    pageSize: input.pageSize,
  };
}
