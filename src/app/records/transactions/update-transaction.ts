import { AppError } from '../../../domain/app-error.ts';
import { toIsoDate } from '../../../domain/date-only.ts';
import {
  findTransactionRow,
  TRANSACTION_EXTERNAL_ID_KEY,
  transactionExternalIdTaken,
  updateTransactionRow,
  type NewTransactionRow,
} from '../../../db/records/transaction-repository.ts';
import { isUniqueViolation } from '../../../db/postgres-errors.ts';
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
import { auditFields, duplicateExternalId, throwIfIssues } from '../record-input.ts';
import { toTransactionDto, type TransactionDto } from './transaction-dto.ts';
import {
  checkTransactionInput,
  deriveTransaction,
  type TransactionInput,
} from './transaction-input.ts';

/**
 * Corrects an order by hand. `expectedEtag` comes from If-Match; the row is locked while its
 * content is compared, so two edits cannot both pass the check.
 */
export async function updateTransaction(
  ctx: AppContext,
  customerId: number,
  id: number,
  expectedEtag: string | undefined,
  input: TransactionInput,
): Promise<Projected<'transaction', TransactionDto>> {
  if (expectedEtag === undefined)
    throw new AppError('conflict.version_required', { field: 'If-Match' });
  const checked = checkTransactionInput(input, false);
  const access = fieldAccessOf(ctx.actor);
  try {
    return await ctx.db.transaction(async (tx) => {
      await customerForRecords(tx, ctx.actor, customerId, 'write');
      const current = await findTransactionRow(tx, customerId, id, true);
      if (!current) throw new AppError('not_found');
      // The entity tag is a digest of the figures: editing an order needs them (C7.3).
      assertFieldsUsable(access, 'transaction', [...Object.keys(input), 'amount'], 'transaction.');
      const before = toTransactionDto(current);
      const merged = { ...before, ...checked.values };
      const derived = deriveTransaction(merged, checked.values, toIsoDate(ctx.clock.now()));
      throwIfIssues('transaction', [...checked.issues, ...derived.issues]);
      if (before.etag !== expectedEtag) throw new AppError('conflict.stale_version');
      const changes = diffFields(before, { ...checked.values, profit: derived.profit });
      if (Object.keys(changes.after).length === 0)
        return projectFields(access, 'transaction', before);
      const externalId = changes.after.externalId;
      if (typeof externalId === 'string' && (await transactionExternalIdTaken(tx, externalId, id)))
        throw duplicateExternalId('transaction', externalId);
      const updated = await updateTransactionRow(
        tx,
        id,
        changes.after as Partial<NewTransactionRow>,
      );
      await recordAudit(tx, ctx, {
        action: 'transaction.update',
        entityType: 'transaction',
        entityId: id,
        customerId,
        before: auditFields('transaction', changes.before),
        after: auditFields('transaction', changes.after),
      });
      return projectFields(access, 'transaction', toTransactionDto(updated));
    });
  } catch (error) {
    if (isUniqueViolation(error, TRANSACTION_EXTERNAL_ID_KEY))
      throw duplicateExternalId('transaction', checked.values.externalId);
    throw error;
  }
}
