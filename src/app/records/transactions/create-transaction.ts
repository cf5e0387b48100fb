import { toIsoDate } from '../../../domain/date-only.ts';
import {
  insertTransactionRow,
  TRANSACTION_EXTERNAL_ID_KEY,
  transactionExternalIdTaken,
  type NewTransactionRow,
} from '../../../db/records/transaction-repository.ts';
import { isUniqueViolation } from '../../../db/postgres-errors.ts';
import type { AppContext } from '../../context.ts';
import {
  assertFieldsUsable,
  fieldAccessOf,
  givenFields,
  projectFields,
  type Projected,
} from '../../access/field-projection.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { customerForRecords } from '../record-customer.ts';
import { auditView, duplicateExternalId, throwIfIssues, withoutNulls } from '../record-input.ts';
import { toTransactionDto, type TransactionDto } from './transaction-dto.ts';
import {
  checkTransactionInput,
  deriveTransaction,
  type TransactionInput,
} from './transaction-input.ts';

/**
 * Records an order by hand (C1.5; bulk loads come through the import). The external id, when
 * given, is unique across all customers: a second use is a 409 naming the field.
 */
export async function createTransaction(
  ctx: AppContext,
  customerId: number,
  input: TransactionInput,
): Promise<Projected<'transaction', TransactionDto>> {
  const now = ctx.clock.now();
  const checked = checkTransactionInput(input, true);
  const access = fieldAccessOf(ctx.actor);
  try {
    return await ctx.db.transaction(async (tx) => {
      await customerForRecords(tx, ctx.actor, customerId, 'write');
      // An order always has an amount: who may not see amounts cannot enter orders (C7.3).
      assertFieldsUsable(access, 'transaction', [...givenFields(input), 'amount'], 'transaction.');
      const derived = deriveTransaction(checked.values, checked.values, toIsoDate(now));
      throwIfIssues('transaction', [...checked.issues, ...derived.issues]);
      const values = { ...checked.values, profit: derived.profit };
      if (typeof values.externalId === 'string') {
        if (await transactionExternalIdTaken(tx, values.externalId, null))
          throw duplicateExternalId('transaction', values.externalId);
      }
      const row = await insertTransactionRow(tx, {
        ...(withoutNulls(values) as Partial<NewTransactionRow>),
        customerId,
        occurredOn: String(values.occurredOn),
        amount: String(values.amount),
        createdAt: now,
      });
      const dto = toTransactionDto(row);
      await recordAudit(tx, ctx, {
        action: 'transaction.create',
        entityType: 'transaction',
        entityId: row.id,
        customerId,
        after: auditView('transaction', dto),
      });
      return projectFields(access, 'transaction', dto);
    });
  } catch (error) {
    if (isUniqueViolation(error, TRANSACTION_EXTERNAL_ID_KEY))
      throw duplicateExternalId('transaction', checked.values.externalId);
    throw error;
  }
}
