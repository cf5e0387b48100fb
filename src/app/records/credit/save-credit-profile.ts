import { AppError } from '../../../domain/app-error.ts';
import { applyRules } from '../../../domain/validation/field-rules.ts';
import { nonNegativeIssues } from '../../../domain/validation/record-checks.ts';
import {
  CREDIT_PROFILE_RULES,
  type CreditProfileField,
} from '../../../domain/validation/record-rules.ts';
import {
  findCreditProfileRow,
  insertCreditProfileRow,
  updateCreditProfileIfVersion,
  type NewCreditProfileRow,
} from '../../../db/records/credit-profile-repository.ts';
import type { Tx } from '../../../db/db-types.ts';
import type { AppContext } from '../../context.ts';
import {
  assertFieldsUsable,
  fieldAccessOf,
  projectFields,
  type Projected,
} from '../../access/field-projection.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { diffFields } from '../../customers/diff-fields.ts';
import { customerForRecords } from '../record-customer.ts';
import { auditFields, auditView, throwIfIssues, withoutNulls } from '../record-input.ts';
import { toCreditProfileDto, type CreditProfileDto } from './credit-profile-dto.ts';

export type CreditProfileInput = Partial<Record<CreditProfileField, unknown>>;
type Values = Record<string, unknown>;

/**
 * Saves the account team's credit judgement (C1.8), one per customer: the first save creates
 * it (no If-Match: there is no version yet), later saves need the version they started from.
 */
export async function saveCreditProfile(
  ctx: AppContext,
  customerId: number,
  expectedVersion: number | undefined,
  input: CreditProfileInput,
): Promise<Projected<'creditProfile', CreditProfileDto>> {
  const checked = applyRules(CREDIT_PROFILE_RULES, input, false);
  const access = fieldAccessOf(ctx.actor);
  const saved = await ctx.db.transaction(async (tx) => {
    await customerForRecords(tx, ctx.actor, customerId, 'write');
    assertFieldsUsable(access, 'creditProfile', Object.keys(checked.values), 'credit.');
    const current = await findCreditProfileRow(tx, customerId);
    const before: Values = current ? toCreditProfileDto(current) : {};
    const merged = { ...before, ...checked.values };
    throwIfIssues('credit', [...checked.issues, ...nonNegativeIssues(merged, ['creditLimit'])]);
    if (!current) {
      // If-Match on a profile that does not exist cannot match (RFC 9110 §13.1.1).
      if (expectedVersion !== undefined) throw new AppError('conflict.stale_version');
      return createProfile(tx, ctx, customerId, checked.values);
    }
    if (expectedVersion === undefined)
      throw new AppError('conflict.version_required', { field: 'If-Match' });
    if (current.version !== expectedVersion) throw new AppError('conflict.stale_version');
    const changes = diffFields(before, checked.values);
    if (Object.keys(changes.after).length === 0) return toCreditProfileDto(current);
    const updated = await updateCreditProfileIfVersion(tx, customerId, expectedVersion, {
      ...(changes.after as Partial<NewCreditProfileRow>),
      updatedAt: ctx.clock.now(),
    });
    if (!updated) throw new AppError('conflict.stale_version');
    await recordAudit(tx, ctx, {
      action: 'credit.update',
      entityType: 'credit_profile',
      entityId: customerId,
      customerId,
      before: auditFields('credit', changes.before),
      after: auditFields('credit', changes.after),
    });
    return toCreditProfileDto(updated);
  });
  return projectFields(access, 'creditProfile', saved);
}

async function createProfile(tx: Tx, ctx: AppContext, customerId: number, values: Values) {
  const now = ctx.clock.now();
  const row = await insertCreditProfileRow(tx, {
    ...(withoutNulls(values) as Partial<NewCreditProfileRow>),
    customerId,
    createdAt: now,
    updatedAt: now,
    createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
  });
  // Someone else's first save won the race: theirs stands, as after a stale edit.
  if (!row) throw new AppError('conflict.stale_version');
  const dto = toCreditProfileDto(row);
  await recordAudit(tx, ctx, {
    action: 'credit.create',
    entityType: 'credit_profile',
    entityId: customerId,
    customerId,
    after: auditView('credit', dto),
  });
  return dto;
}
