import type { Writable } from 'node:stream';
import { customerExportBatches } from '../../db/export/customer-export-batches.ts';
import type { CustomerSort } from '../../domain/customer-sorts.ts';
import { toIsoDate } from '../../domain/date-only.ts';
import { CUSTOMER_EXPORT_COLUMNS } from '../../domain/export/customer-export-columns.ts';
import { exportFileName, exportListName } from '../../domain/export/export-file-name.ts';
import type { Locale } from '../../domain/i18n/locale.ts';
import { customerReadScope } from '../access/record-scope.ts';
import { fieldAccessOf } from '../access/field-projection.ts';
import type { AppContext } from '../context.ts';
import {
  customerListFilters,
  type CustomerFilterInput,
} from '../customers/customer-list-filters.ts';
import { auditExport } from './audit-export.ts';
import { projectedBatches } from './projected-batches.ts';
import { writeWorkbook } from './write-workbook.ts';

export type ExportCustomersInput = CustomerFilterInput & { sort: CustomerSort; locale: Locale };
export type ExportResult = { rows: number; fileName: string };

/** Rows per query: large enough that 100k customers are 100 queries, small in memory. */
export const EXPORT_BATCH_SIZE = 1000;

/**
 * The customer list as .xlsx (C1.12): every customer the list would show for these filters,
 * under the actor's record scope (C7.2), in the list's order, read in keyset batches, with the
 * list's field rules (C7.3: hidden columns absent, masked values masked). The audit
 * row is written after the file is complete and before the caller may hand it out: a caller
 * must not deliver `out` to the reader until this resolves.
 */
export async function exportCustomers(
  ctx: AppContext,
  input: ExportCustomersInput,
  out: Writable,
  options: { batchSize?: number } = {},
): Promise<ExportResult> {
  const { locale, sort, ...filterInput } = input;
  const filters = await customerListFilters(ctx, filterInput, sort);
  const now = ctx.clock.now();
  const access = fieldAccessOf(ctx.actor);
  const batches = customerExportBatches(
    ctx.db,
    {
      scope: customerReadScope(ctx.actor),
      policiesBind: ctx.policiesBindFor(ctx.actor),
      filters,
      sort,
    },
    options.batchSize ?? EXPORT_BATCH_SIZE,
  );
  const { columns, rows: projected } = projectedBatches(
    access,
    'customerListItem',
    CUSTOMER_EXPORT_COLUMNS,
    batches,
  );
  const sheet = { name: exportListName('customers', locale), columns, created: now };
  const rows = await writeWorkbook(out, sheet, locale, projected);
  await ctx.db.transaction((tx) =>
    auditExport(tx, ctx, {
      list: 'customers',
      filters: { ...filterInput, sort },
      rows,
      locale,
    }),
  );
  return { rows, fileName: exportFileName('customers', locale, toIsoDate(now)) };
}
