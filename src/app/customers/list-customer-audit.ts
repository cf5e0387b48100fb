import { AppError } from '../../domain/app-error.ts';
import { auditEntriesForCustomer } from '../../db/audit-repository.ts';
import { findCustomer } from '../../db/customers/customer-repository.ts';
import type { AppContext } from '../context.ts';
import { fieldAccessOf, projectAuditValues } from '../access/field-projection.ts';
import { customerReadScope } from '../access/record-scope.ts';
import { maskAuditRows } from '../privacy/mask-audit-rows.ts';

/**
 * A customer's change history, for whoever may read the customer, with the file's field rules
 * applied to the values (C7.3): a changed amount is not shown to whoever may not see amounts.
 */
export async function listCustomerAudit(ctx: AppContext, customerId: number) {
  const row = await findCustomer(ctx.db, customerId, customerReadScope(ctx.actor));
  if (!row) throw new AppError('not_found');
  // Values of erased persons are masked (C7.7, docs/privacy.md).
  const items = await maskAuditRows(ctx.db, ctx, await auditEntriesForCustomer(ctx.db, customerId));
  const access = fieldAccessOf(ctx.actor);
  return {
    items: items.map((item) => ({
      ...item,
      before: projectAuditValues(access, item.before),
      after: projectAuditValues(access, item.after),
      at: new Date(item.at).toISOString(),
    })),
  };
}
