import { and, eq, type SQL } from 'drizzle-orm';
import { AppError } from '../../domain/app-error.ts';
import { findCustomer } from '../../db/customers/customer-repository.ts';
import { listOverrideViews } from '../../db/scoring/override-repository.ts';
import { tierOverrides, type OverrideState } from '../../db/schema/tier-decisions.ts';
import type { AppContext } from '../context.ts';
import { customerReadScope } from '../access/record-scope.ts';
import { pageOf, type PageQuery } from '../records/paging.ts';
import { tierCaseScope } from './appeal-access.ts';
import { toOverrideDto } from './override-dto.ts';
import { actsForCommittee } from './tier-case-permissions.ts';
import { visibleRun } from './visible-run.ts';

export type OverrideListQuery = PageQuery & {
  state?: OverrideState | undefined;
  customerId?: number | undefined;
};

/**
 * The overrides of a run (C2.6), newest first, filtered by state and customer: all of them for
 * the committee and the auditor, those of customers in scope for everyone else who may see
 * the run (tierCaseScope).
 */
export async function listRunOverrides(ctx: AppContext, runId: number, query: OverrideListQuery) {
  await visibleRun(ctx, ctx.db, runId);
  return page(ctx, eq(tierOverrides.runId, runId), query);
}

/** A customer's overrides across the runs the actor may see (the customer 360 page). */
export async function listCustomerOverrides(
  ctx: AppContext,
  customerId: number,
  query: OverrideListQuery,
) {
  if (!(await findCustomer(ctx.db, customerId, customerReadScope(ctx.actor)))) {
    throw new AppError('not_found');
  }
  return page(ctx, eq(tierOverrides.customerId, customerId), { ...query, customerId: undefined });
}

async function page(ctx: AppContext, base: SQL, query: OverrideListQuery) {
  const request = pageOf(query);
  const where = and(
    base,
    tierCaseScope(ctx.actor),
    query.state ? eq(tierOverrides.state, query.state) : undefined,
    query.customerId ? eq(tierOverrides.customerId, query.customerId) : undefined,
  )!;
  const { rows, total } = await listOverrideViews(ctx.db, where, request);
  return {
    items: rows.map(toOverrideDto),
    total,
    ...request,
    permissions: { decide: actsForCommittee(ctx.actor) },
  };
}
