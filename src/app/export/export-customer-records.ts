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
import type { AppContext } from '../context.ts';
import { customerForRecords } from '../records/record-customer.ts';
import { auditExport } from './audit-export.ts';
import { EXPORT_BATCH_SIZE, type ExportResult } from './export-customers.ts';
import { writeWorkbook } from './write-workbook.ts';

export type ExportRecordsInput = {
  customerId: number;
  kind: RecordExportKind;
  /** The timeline tab's filter: only records of this kind. */
  recordKind?: RecordKind | undefined;
  locale: Locale;
};

type Rows = AsyncIterable<readonly Record<string, unknown>[]>;

function batchesOf(db: DbOrTx, input: ExportRecordsInput, size: number, today: string): Rows {
  const { customerId } = input;
  switch (input.kind) {
    case 'transactions':
      return transactionExportBatches(db, customerId, size);
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
 * read scope (404 otherwise, like the tab), all rows in the tab's order. Audited as
 * `export.<kind>` on the customer; the caller delivers `out` only after this resolves.
 */
export async function exportCustomerRecords(
  ctx: AppContext,
  input: ExportRecordsInput,
  out: Writable,
  options: { batchSize?: number } = {},
): Promise<ExportResult> {
  const customer = await customerForRecords(ctx.db, ctx.actor, input.customerId, 'read');
  const now = ctx.clock.now();
  const today = toIsoDate(now);
  const batches = batchesOf(ctx.db, input, options.batchSize ?? EXPORT_BATCH_SIZE, today);
  const sheet = {
    name: exportListName(input.kind, input.locale),
    columns: RECORD_EXPORT_COLUMNS[input.kind],
    created: now,
  };
  const rows = await writeWorkbook(out, sheet, input.locale, batches);
  await ctx.db.transaction((tx) =>
    auditExport(tx, ctx, {
      list: input.kind,
      customerId: customer.id,
      filters: { kind: input.recordKind },
      rows,
      locale: input.locale,
    }),
  );
  return {
    rows,
    fileName: exportFileName(input.kind, input.locale, today, customer.name),
  };
}
