import type { Writable } from 'node:stream';
import type { DbOrTx } from '../../db/db-types.ts';
import {
  needExportBatches,
  paymentExportBatches,
  projectExportBatches,
  timelineExportBatches,
  transactionExportBatches,
} from '../../db/export/record-export-batches.ts';
import { toIsoDate } from '../../domain/date-only.ts';
import { exportFileName, exportListName } from '../../domain/export/export-file-name.ts';
import {
  RECORD_EXPORT_COLUMNS,
  type RecordExportKind,
} from '../../domain/export/record-export-columns.ts';
import type { Locale } from '../../domain/i18n/locale.ts';
import { paymentStanding } from '../../domain/payment-standing.ts';
import type { RecordKind } from '../../domain/record-fields.ts';
import { sortField } from '../../domain/customer-sorts.ts';
import type { Surface } from '../../domain/field-classes.ts';
import type { TransactionSort } from '../../domain/transaction-sorts.ts';
import type { AppContext } from '../context.ts';
import { assertFieldsUsable, fieldAccessOf } from '../access/field-projection.ts';
import { customerForRecords } from '../records/record-customer.ts';
import { auditExport } from './audit-export.ts';
import { EXPORT_BATCH_SIZE, type ExportResult } from './export-customers.ts';
import { projectedBatches } from './projected-batches.ts';
import { writeWorkbook } from './write-workbook.ts';

export type ExportRecordsInput = {
  customerId: number;
  kind: RecordExportKind;
  /** The timeline tab's filter: only records of this kind. */
  recordKind?: RecordKind | undefined;
  /** The purchase tab's sort; the other lists have one order each. */
  sort?: TransactionSort | undefined;
  locale: Locale;
};

/** Each list's fields (C7.3), as its tab's rows are projected. */
const SURFACES: Record<RecordExportKind, Surface> = {
  transactions: 'transaction',
  payments: 'payment',
  needs: 'need',
  projects: 'project',
  timeline: 'timelineRecord',
};

type Rows = AsyncIterable<readonly Record<string, unknown>[]>;

function batchesOf(db: DbOrTx, input: ExportRecordsInput, size: number, today: string): Rows {
  const { customerId } = input;
  switch (input.kind) {
    case 'transactions':
      return transactionExportBatches(db, customerId, size, input.sort);
    case 'payments':
      return withStanding(paymentExportBatches(db, customerId, size), today);
    case 'needs':
      return needExportBatches(db, customerId, size);
    case 'projects':
      return projectExportBatches(db, customerId, size);
    case 'timeline':
      return timelineExportBatches(db, customerId, size, input.recordKind);
  }
}

/** Invoices with where each stands today, as the payments tab shows them (C1.8). */
async function* withStanding(
  batches: AsyncIterable<
    { dueOn: string; amount: string; paidOn: string | null; paidAmount: string | null }[]
  >,
  today: string,
): Rows {
  for await (const batch of batches) {
    yield batch.map((row) => ({ ...row, ...paymentStanding(row, today) }));
  }
}

/**
 * One of a customer's record lists (C1.5–C1.9) as .xlsx: the customer must be in the actor's
 * read scope (404 otherwise, like the tab), all rows in the tab's order, under the tab's field
 * rules (C7.3: hidden columns absent, masked values masked, no sort by a hidden field). Audited as
 * `export.<kind>` on the customer; the caller delivers `out` only after this resolves.
 */
export async function exportCustomerRecords(
  ctx: AppContext,
  input: ExportRecordsInput,
  out: Writable,
  options: { batchSize?: number } = {},
): Promise<ExportResult> {
  const customer = await customerForRecords(ctx.db, ctx.actor, input.customerId, 'read');
  const access = fieldAccessOf(ctx.actor);
  const surface = SURFACES[input.kind];
  if (input.sort) assertFieldsUsable(access, surface, [sortField(input.sort)], 'transaction.');
  const now = ctx.clock.now();
  const today = toIsoDate(now);
  const { columns, rows: projected } = projectedBatches(
    access,
    surface,
    RECORD_EXPORT_COLUMNS[input.kind],
    batchesOf(ctx.db, input, options.batchSize ?? EXPORT_BATCH_SIZE, today),
  );
  const sheet = { name: exportListName(input.kind, input.locale), columns, created: now };
  const rows = await writeWorkbook(out, sheet, input.locale, projected);
  await ctx.db.transaction((tx) =>
    auditExport(tx, ctx, {
      list: input.kind,
      customerId: customer.id,
      filters: { kind: input.recordKind, sort: input.sort },
      rows,
      locale: input.locale,
    }),
  );
  return {
    rows,
    fileName: exportFileName(input.kind, input.locale, today, customer.name),
  };
}
