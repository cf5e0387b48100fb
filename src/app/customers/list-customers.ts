import { queryCustomerList } from '../../db/customers/customer-list-query.ts';
import type { CustomerSort } from '../../domain/customer-sorts.ts';
import type { AppContext } from '../context.ts';
import { reviewedThisQuarter } from '../../domain/review-quarter.ts';
import { customerReadScope } from '../access/record-scope.ts';
import { customerListFilters, type CustomerFilterInput } from './customer-list-filters.ts';

export type ListCustomersInput = CustomerFilterInput & {
  page: number;
  pageSize: number;
  sort: CustomerSort;
};

/** The customer list (C1, C10.1): filters, sort and paging on the server, always scoped. */
export async function listCustomers(ctx: AppContext, input: ListCustomersInput) {
  const now = ctx.clock.now();
  const filters = await customerListFilters(ctx, input);
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
