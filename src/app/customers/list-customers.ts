import { queryCustomerList } from '../../db/customers/customer-list-query.ts';
import type { CustomerSort } from '../../domain/customer-sorts.ts';
import type { AppContext } from '../context.ts';
import { reviewedThisQuarter } from '../../domain/review-quarter.ts';
import { fieldAccessOf, projectFields } from '../access/field-projection.ts';
import { customerReadScope } from '../access/record-scope.ts';
import { customerListFilters, type CustomerFilterInput } from './customer-list-filters.ts';

export type ListCustomersInput = CustomerFilterInput & {
  page: number;
  pageSize: number;
  sort: CustomerSort;
};

/**
 * The customer list (C1, C10.1) and its search: filters, sort and paging on the server, always
 * scoped, each row through the field rules (C7.3).
 */
export async function listCustomers(ctx: AppContext, input: ListCustomersInput) {
  const now = ctx.clock.now();
  const filters = await customerListFilters(ctx, input, input.sort);
  const result = await queryCustomerList(ctx.db, {
    scope: customerReadScope(ctx.actor),
    policiesBind: ctx.policiesBindFor(ctx.actor),
    filters,
    sort: input.sort,
    page: input.page,
    pageSize: input.pageSize,
  });
  const access = fieldAccessOf(ctx.actor);
  return {
    items: result.items.map((item) =>
      projectFields(access, 'customerListItem', {
        ...item,
        lastReviewedAt: item.lastReviewedAt?.toISOString() ?? null,
        reviewedThisQuarter: reviewedThisQuarter(item.lastReviewedAt, now),
        updatedAt: item.updatedAt.toISOString(),
      }),
    ),
    total: result.total,
    page: input.page,
    pageSize: input.pageSize,
  };
}
