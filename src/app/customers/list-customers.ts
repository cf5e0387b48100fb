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
  KaLevel,
  LifecycleStatus,
  Tier,
} from '../../domain/customer-fields.ts';
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
};

/** The customer list (C1, C10.1): filters, sort and paging on the server, always scoped. */
export async function listCustomers(ctx: AppContext, input: ListCustomersInput) {
  const filters: CustomerListFilters = {
    q: input.q?.trim() || undefined,
    industry: input.industry,
    tier: input.tier,
    kaLevel: input.kaLevel,
    lifecycleStatus: input.lifecycleStatus,
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
    items: result.items.map((item) => ({ ...item, updatedAt: item.updatedAt.toISOString() })),
    total: result.total,
    page: input.page,
    pageSize: input.pageSize,
  };
}
