import { AppError } from '../../domain/app-error.ts';
import { findCustomer } from '../../db/customers/customer-repository.ts';
import { markReviewed } from '../../db/data-quality/customer-state-repository.ts';
import type { AppContext } from '../context.ts';
import { customerReadScope, customerWriteScope } from '../access/record-scope.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { customerViewFor, type CustomerView } from '../customers/customer-dto.ts';

/**
 * "已复核": the file was reviewed in full (seed 001 §四(二) asks once a quarter). Needs write
 * scope and the version the reviewer looked at (If-Match), so a review of a stale page fails.
 * Out of read scope it is 404 for every role, readable but not writable 403 (docs/access.md).
 */
export async function markCustomerReviewed(
  ctx: AppContext,
  id: number,
  expectedVersion: number | undefined,
): Promise<CustomerView> {
  if (expectedVersion === undefined)
    throw new AppError('conflict.version_required', { field: 'If-Match' });
  return ctx.db.transaction(async (tx) => {
    const current = await findCustomer(tx, id, customerReadScope(ctx.actor));
    if (!current) throw new AppError('not_found');
    if (!(await findCustomer(tx, id, customerWriteScope(ctx.actor))))
      throw new AppError('auth.forbidden');
    if (current.version !== expectedVersion) throw new AppError('conflict.stale_version');
    const now = ctx.clock.now();
    const updated = await markReviewed(tx, id, expectedVersion, {
      now,
      actorId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    if (!updated) throw new AppError('conflict.stale_version');
    await recordAudit(tx, ctx, {
      action: 'customer.review',
      entityType: 'customer',
      entityId: id,
      customerId: id,
      before: { lastReviewedAt: current.lastReviewedAt?.toISOString() ?? null },
      after: { lastReviewedAt: now.toISOString() },
    });
    return customerViewFor(ctx.actor, updated);
  });
}
