import { AppError } from '../../../domain/app-error.ts';
import { applyRules } from '../../../domain/validation/field-rules.ts';
import { GROUP_PARENT_RULES } from '../../../domain/validation/record-rules.ts';
import {
  findCustomer,
  updateCustomerIfVersion,
} from '../../../db/customers/customer-repository.ts';
import { lockGroupLinks, wouldCloseLoop } from '../../../db/records/group-repository.ts';
import type { AppContext } from '../../context.ts';
import { customerReadScope } from '../../access/record-scope.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { customerForRecords } from '../record-customer.ts';

const FIELD = 'parentCustomerId';

/**
 * Puts a customer into a group (C1.13) or, with null, takes it out. The customer must be
 * writable by the actor; the group must be a customer the actor can read; the link may not
 * close a loop. The customer's version guards it like any edit of the file (If-Match).
 */
export async function setGroupParent(
  ctx: AppContext,
  customerId: number,
  expectedVersion: number | undefined,
  input: { parentCustomerId?: unknown },
): Promise<{ id: number; parentCustomerId: number | null; version: number }> {
  if (expectedVersion === undefined)
    throw new AppError('conflict.version_required', { field: 'If-Match' });
  const { values, issues } = applyRules(GROUP_PARENT_RULES, input, true);
  if (issues.length > 0) throw new AppError('validation.failed', { issues });
  const parentId = (values.parentCustomerId ?? null) as number | null;
  return ctx.db.transaction(async (tx) => {
    const current = await customerForRecords(tx, ctx.actor, customerId, 'write');
    if (parentId !== null) {
      if (!(await findCustomer(tx, parentId, customerReadScope(ctx.actor))))
        throw new AppError('validation.failed', {
          issues: [{ field: FIELD, code: 'validation.group_parent_unknown' }],
        });
      await lockGroupLinks(tx);
      if (parentId === customerId || (await wouldCloseLoop(tx, customerId, parentId)))
        throw new AppError('conflict.group_cycle', { field: FIELD });
    }
    if (current.version !== expectedVersion) throw new AppError('conflict.stale_version');
    const unchanged = { id: customerId, parentCustomerId: parentId, version: current.version };
    if (current.parentCustomerId === parentId) return unchanged;
    const updated = await updateCustomerIfVersion(tx, customerId, expectedVersion, {
      parentCustomerId: parentId,
      updatedAt: ctx.clock.now(),
      updatedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    if (!updated) throw new AppError('conflict.stale_version');
    await recordAudit(tx, ctx, {
      action: 'customer.group_parent',
      entityType: 'customer',
      entityId: customerId,
      customerId,
      before: { [FIELD]: current.parentCustomerId },
      after: { [FIELD]: parentId },
    });
    return { id: customerId, parentCustomerId: parentId, version: updated.version };
  });
}
