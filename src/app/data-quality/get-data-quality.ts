import { AppError } from '../../domain/app-error.ts';
import { completenessOf } from '../../domain/completeness.ts';
import { canMergeCustomers } from '../../domain/permissions.ts';
import { quarterOf, reviewedThisQuarter } from '../../domain/review-quarter.ts';
import { findCustomer } from '../../db/customers/customer-repository.ts';
import type { AppContext } from '../context.ts';
import { customerReadScope, customerWriteScope } from '../access/record-scope.ts';
import { fieldAccessOf, treatmentOf } from '../access/field-projection.ts';

/**
 * One customer's data quality for the 360 header (C1.11): completeness with the missing fields,
 * and whether the file was reviewed this quarter (quarters in Beijing time).
 */
export async function getCustomerDataQuality(ctx: AppContext, id: number) {
  const row = await findCustomer(ctx.db, id, customerReadScope(ctx.actor));
  if (!row) throw new AppError('not_found');
  const writable =
    ctx.actor.kind === 'system' ||
    (await findCustomer(ctx.db, id, customerWriteScope(ctx.actor))) !== undefined;
  const now = ctx.clock.now();
  const quarter = quarterOf(now);
  const { score, missing } = completenessOf(row);
  // That a field is empty tells about its value: a field the reader may not see is not listed (C7.3).
  const access = fieldAccessOf(ctx.actor);
  const visibleMissing = missing.filter(
    (field) => treatmentOf(access, 'customer', field) !== 'hidden',
  );
  return {
    customerId: row.id,
    version: row.version,
    completeness: score,
    missingFields: visibleMissing,
    lastReviewedAt: row.lastReviewedAt?.toISOString() ?? null,
    reviewedThisQuarter: reviewedThisQuarter(row.lastReviewedAt, now),
    quarter: { year: quarter.year, quarter: quarter.quarter, start: quarter.start.toISOString() },
    permissions: {
      review: writable,
      merge: writable && (ctx.actor.kind === 'system' || canMergeCustomers(ctx.actor.roles)),
    },
  };
}
