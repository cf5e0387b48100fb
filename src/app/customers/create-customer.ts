import { AppError } from '../../domain/app-error.ts';
import { completenessOf } from '../../domain/completeness.ts';
import { joinsTeamOnCreate } from '../../domain/permissions.ts';
import {
  addTeamMember,
  findCustomerIdByCreditCode,
  insertCustomer,
  type NewCustomerRow,
} from '../../db/customers/customer-repository.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertFieldsUsable, fieldAccessOf, givenFields } from '../access/field-projection.ts';
import { customerViewFor, toCustomerDto, type CustomerView } from './customer-dto.ts';
import { validateCustomerInput, type CustomerInput } from './validate-customer-input.ts';
import {
  assertMayCreateCustomers,
  assertMayPlaceInOrgUnit,
  isCreditCodeConflict,
} from './customer-write-guard.ts';

/**
 * Creates a customer file (C1.1). A KA manager who creates one joins its account team as its
 * manager with `edit` access, or the record scope would hide it from its own author.
 */
export async function createCustomer(ctx: AppContext, input: CustomerInput): Promise<CustomerView> {
  assertMayCreateCustomers(ctx.actor);
  // Nobody fills in a field they may not see (C7.3).
  assertFieldsUsable(fieldAccessOf(ctx.actor), 'customer', givenFields(input));
  const values = validateCustomerInput(ctx.actor, input, true);
  const now = ctx.clock.now();
  const actorId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const row = withoutNulls(values) as unknown as NewCustomerRow;
  try {
    return await ctx.db.transaction(async (tx) => {
      await assertMayPlaceInOrgUnit(tx, ctx.actor, Number(values.orgUnitId));
      const existing = await findCustomerIdByCreditCode(tx, String(values.creditCode));
      if (existing !== undefined) throw duplicate(values.creditCode);
      const created = await insertCustomer(tx, {
        ...row,
        completeness: completenessOf(values).score,
        createdAt: now,
        updatedAt: now,
        createdBy: actorId,
        updatedBy: actorId,
      });
      if (ctx.actor.kind === 'user' && joinsTeamOnCreate(ctx.actor.roles)) {
        await addTeamMember(tx, {
          customerId: created.id,
          userId: ctx.actor.userId,
          teamRole: 'manager',
          accessLevel: 'edit',
          since: now,
        });
      }
      const dto = toCustomerDto(created);
      await recordAudit(tx, ctx, {
        action: 'customer.create',
        entityType: 'customer',
        entityId: created.id,
        customerId: created.id,
        after: withoutNulls(dto),
      });
      return customerViewFor(ctx.actor, created);
    });
  } catch (error) {
    if (isCreditCodeConflict(error)) throw duplicate(values.creditCode);
    throw error;
  }
}

function duplicate(creditCode: unknown): AppError {
  return new AppError('conflict.duplicate', {
    field: 'creditCode',
    params: { value: String(creditCode) },
  });
}

/** Null means "not given" on create, so the column's default (e.g. lifecycle 'prospect') applies. */
function withoutNulls<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null)) as Partial<T>;
}
