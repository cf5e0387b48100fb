import { AppError } from '../../domain/app-error.ts';
import { completenessOf } from '../../domain/completeness.ts';
import {
  findCustomer,
  updateCustomerIfVersion,
  type NewCustomerRow,
} from '../../db/customers/customer-repository.ts';
import type { AppContext } from '../context.ts';
import { customerReadScope, customerWriteScope } from '../access/record-scope.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { toCustomerDto, type CustomerDto } from './customer-dto.ts';
import { validateCustomerInput, type CustomerInput } from './validate-customer-input.ts';
import {
  assertMayPlaceInOrgUnit,
  assertMayWriteCustomers,
  isCreditCodeConflict,
} from './customer-write-guard.ts';
import { diffFields } from './diff-fields.ts';

// Columns that must never be null; a blank in an edit means "back to the default".
const DEFAULTS: Record<string, string> = {
  kaLevel: 'none',
  lifecycleStatus: 'prospect',
  operatingStatus: 'operating',
};

/**
 * Edits a customer file with optimistic locking: `expectedVersion` comes from If-Match, and a
 * stale one fails rather than silently overwriting a colleague's change.
 */
export async function updateCustomer(
  ctx: AppContext,
  id: number,
  expectedVersion: number | undefined,
  input: CustomerInput,
): Promise<CustomerDto> {
  assertMayWriteCustomers(ctx.actor);
  if (expectedVersion === undefined)
    throw new AppError('conflict.version_required', { field: 'If-Match' });
  const values = validateCustomerInput(ctx.actor, input, false);
  for (const [field, fallback] of Object.entries(DEFAULTS)) {
    if (field in values && values[field as keyof typeof values] === null)
      values[field as keyof typeof values] = fallback;
  }
  try {
    return await ctx.db.transaction(async (tx) => {
      const current = await findCustomer(tx, id, customerReadScope(ctx.actor));
      if (!current) throw new AppError('not_found');
      if (!(await findCustomer(tx, id, customerWriteScope(ctx.actor))))
        throw new AppError('auth.forbidden');
      if (current.version !== expectedVersion) throw new AppError('conflict.stale_version');
      if ('orgUnitId' in values && values.orgUnitId !== current.orgUnitId) {
        await assertMayPlaceInOrgUnit(tx, ctx.actor, Number(values.orgUnitId));
      }
      const before = toCustomerDto(current);
      const changes = diffFields(before, values);
      if (Object.keys(changes.after).length === 0) return before;
      const updated = await updateCustomerIfVersion(tx, id, expectedVersion, {
        ...(changes.after as Partial<NewCustomerRow>),
        // Derived, kept on every write (C1.11); not in the audit diff, which lists what was typed.
        completeness: completenessOf({ ...current, ...changes.after }).score,
        updatedAt: ctx.clock.now(),
        updatedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      });
      if (!updated) throw new AppError('conflict.stale_version');
      await recordAudit(tx, ctx, {
        action: 'customer.update',
        entityType: 'customer',
        entityId: id,
        customerId: id,
        before: changes.before,
        after: changes.after,
      });
      return toCustomerDto(updated);
    });
  } catch (error) {
    if (isCreditCodeConflict(error)) {
      throw new AppError('conflict.duplicate', {
        field: 'creditCode',
        params: { value: String(values.creditCode) },
      });
    }
    throw error;
  }
}
