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
import { assertFieldsUsable, fieldAccessOf } from '../access/field-projection.ts';
import { customerViewFor, toCustomerDto, type CustomerView } from './customer-dto.ts';
import { validateCustomerInput, type CustomerInput } from './validate-customer-input.ts';
import { assertMayPlaceInOrgUnit, isCreditCodeConflict } from './customer-write-guard.ts';
import { diffFields } from './diff-fields.ts';

// Columns that must never be null; a blank in an edit means "back to the default".
const DEFAULTS: Record<string, string> = {
  kaLevel: 'none',
  lifecycleStatus: 'prospect',
  operatingStatus: 'operating',
};

/**
 * Edits a customer file with optimistic locking: `expectedVersion` comes from If-Match, and a
 * stale one fails rather than silently overwriting a colleague's change. No role gate before the
 * look-up: outside the read scope the file is missing (404) for everyone, and only a readable
 * file can be refused (403) — the one order of docs/access.md.
 */
export async function updateCustomer(
  ctx: AppContext,
  id: number,
  expectedVersion: number | undefined,
  input: CustomerInput,
): Promise<CustomerView> {
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
      // Clearing a field one may not see is writing it blind too (C7.3).
      assertFieldsUsable(fieldAccessOf(ctx.actor), 'customer', Object.keys(input));
      if (current.version !== expectedVersion) throw new AppError('conflict.stale_version');
      if ('orgUnitId' in values && values.orgUnitId !== current.orgUnitId) {
        await assertMayPlaceInOrgUnit(tx, ctx.actor, Number(values.orgUnitId));
      }
      const before = toCustomerDto(current);
      const changes = diffFields(before, values);
      if (Object.keys(changes.after).length === 0) return customerViewFor(ctx.actor, current);
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
      return customerViewFor(ctx.actor, updated);
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
