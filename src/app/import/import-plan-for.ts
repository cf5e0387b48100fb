import type { ImportKind } from '../../domain/import/import-kinds.ts';
import {
  validatePaymentRow,
  validateTransactionRow,
} from '../../domain/import/record-row-rules.ts';
import { PAYMENT_IMPORT } from '../../db/import/payment-import-sql.ts';
import { TRANSACTION_IMPORT } from '../../db/import/transaction-import-sql.ts';
import type { AppContext } from '../context.ts';
import { contactImportPlan } from './contact-import-plan.ts';
import { customerImportPlan } from './customer-import-plan.ts';
import type { ImportPlan } from './import-plan.ts';
import { keyedRecordImportPlan } from './keyed-record-import-plan.ts';

/** The plan of a kind for a file with these mapped fields. */
export async function importPlanFor(
  ctx: AppContext,
  kind: ImportKind,
  fields: readonly string[],
  defaultOrgUnitId: number | null,
): Promise<ImportPlan> {
  switch (kind) {
    case 'customers':
      return customerImportPlan(ctx, fields, defaultOrgUnitId);
    case 'contacts':
      return contactImportPlan(ctx, fields);
    case 'transactions':
      return keyedRecordImportPlan(
        ctx,
        TRANSACTION_IMPORT,
        fields,
        validateTransactionRow,
        'transaction',
      );
    case 'payments':
      return keyedRecordImportPlan(ctx, PAYMENT_IMPORT, fields, validatePaymentRow, 'payment');
  }
}
