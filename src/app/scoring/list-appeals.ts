import { and, eq, type SQL } from 'drizzle-orm';
import { AppError } from '../../domain/app-error.ts';
import { findCustomer } from '../../db/customers/customer-repository.ts';
import { listAppealViews } from '../../db/scoring/appeal-repository.ts';
import { tierAppeals, type AppealState } from '../../db/schema/tier-decisions.ts';
import type { AppContext } from '../context.ts';
import { customerReadScope } from '../access/record-scope.ts';
import { pageOf, type PageQuery } from '../records/paging.ts';
import { appealDetailsScope, tierCaseScope } from './appeal-access.ts';
import { toAppealDto } from './appeal-dto.ts';
import { actsForCommittee } from './tier-case-permissions.ts';
import { visibleRun } from './visible-run.ts';

export type AppealListQuery = PageQuery & {
  state?: AppealState | undefined;
  customerId?: number | undefined;
};

/**
 * The appeals of a run (C2.7), newest first, filtered by state and customer: all for the
 * committee and the auditor, those of customers in scope for everyone else. Details only for
 * each appeal's circle (appeal-access.ts).
 */
export async function listRunAppeals(ctx: AppContext, runId: number, query: AppealListQuery) {
  await visibleRun(ctx, ctx.db, runId);
  return page(ctx, eq(tierAppeals.runId, runId), query);
}

/** A customer's appeals across runs (the customer 360 page). */
export async function listCustomerAppeals(
  ctx: AppContext,
  customerId: number,
  query: AppealListQuery,
) {
  if (!(await findCustomer(ctx.db, customerId, customerReadScope(ctx.actor)))) {
    throw new AppError('not_found');
  }
  return page(ctx, eq(tierAppeals.customerId, customerId), { ...query, customerId: undefined });
}

/**
 * The appeals the actor filed, with their answers ("my appeals"). Still through the record
 * scope: someone moved off an account no longer sees its files, appeals included.
 */
export async function listMyAppeals(ctx: AppContext, query: AppealListQuery) {
  if (ctx.actor.kind !== 'user') throw new AppError('auth.forbidden');
  return page(ctx, eq(tierAppeals.filedBy, ctx.actor.userId), query);
}

async function page(ctx: AppContext, base: SQL, query: AppealListQuery) {
  const request = pageOf(query);
  const where = and(
    base,
    tierCaseScope(ctx.actor),
    query.state ? eq(tierAppeals.state, query.state) : undefined,
    query.customerId ? eq(tierAppeals.customerId, query.customerId) : undefined,
  )!;
  const { rows, total } = await listAppealViews(
    ctx.db,
    where,
    appealDetailsScope(ctx.actor),
    request,
  );
  return {
    items: rows.map(toAppealDto),
    total,
    ...request,
    permissions: { assign: actsForCommittee(ctx.actor) },
  };
}
