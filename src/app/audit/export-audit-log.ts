import type { Writable } from 'node:stream';
import { auditLogBatches, type AuditLogRow } from '../../db/audit/audit-log-query.ts';
import { toIsoDate } from '../../domain/date-only.ts';
import {
  auditExportColumns,
  auditExportFileName,
  auditJsonCell,
  auditSheetName,
  EXCEL_MAX_DATA_ROWS,
} from '../../domain/export/audit-export-columns.ts';
import { auditActionLabel } from '../../domain/i18n/audit-action-labels.ts';
import type { Locale } from '../../domain/i18n/locale.ts';
import type { AppContext } from '../context.ts';
import { EXPORT_BATCH_SIZE, type ExportResult } from '../export/export-customers.ts';
import { writeWorkbook } from '../export/write-workbook.ts';
import { auditLogViewOf, type AuditLogView } from './audit-access.ts';
import { auditLogEntryOf } from './audit-log-entry.ts';
import { auditLogFilters, givenFilters, type AuditLogInput } from './audit-log-input.ts';
import { recordAudit } from './record-audit.ts';
import { maskAuditRows } from '../privacy/mask-audit-rows.ts';

/** The export's rows as cells want them, stopping at what one sheet can hold. */
async function* sheetRows(
  ctx: AppContext,
  batches: AsyncIterable<AuditLogRow[]>,
  view: AuditLogView,
  locale: Locale,
  limit: number,
  capped: { reached: boolean },
): AsyncGenerator<Record<string, unknown>[]> {
  let left = limit;
  for await (const batch of batches) {
    // More rows than the sheet has room for: keep the newest, and say so in the audit row.
    if (batch.length > left) capped.reached = true;
    // Erased persons' values and expired sign-in addresses are masked (C7.7, docs/privacy.md).
    const masked = await maskAuditRows(ctx.db, ctx, batch.slice(0, left));
    const rows = masked.map((row) => {
      const entry = auditLogEntryOf(row, view);
      return {
        ...entry,
        actionLabel: auditActionLabel(entry.action, locale),
        before: auditJsonCell(entry.before, locale),
        after: auditJsonCell(entry.after, locale),
      };
    });
    left -= rows.length;
    if (rows.length > 0) yield rows;
    if (capped.reached) return;
  }
}

/**
 * The audit screen's rows for the same filters as .xlsx (C7.5 "export"), newest first, read in
 * keyset batches and streamed through the export machinery (neutralised cells; before/after cut
 * to fit a cell). A sheet holds at most 1,048,575 rows: a larger result keeps the newest, and
 * the `audit.export` row says it was capped. That row is written once the file is complete and
 * before the caller may hand it out, as for every export.
 */
export async function exportAuditLog(
  ctx: AppContext,
  input: AuditLogInput & { locale: Locale },
  out: Writable,
  options: { batchSize?: number; maxRows?: number } = {},
): Promise<ExportResult> {
  const view = auditLogViewOf(ctx.actor);
  const { locale, ...filterInput } = input;
  const filters = auditLogFilters(filterInput);
  const now = ctx.clock.now();
  const batches = auditLogBatches(
    ctx.db,
    { filters, withCustomerNames: view.customerNames },
    options.batchSize ?? EXPORT_BATCH_SIZE,
  );
  const capped = { reached: false };
  const sheet = {
    name: auditSheetName(locale),
    columns: auditExportColumns(view.customerNames),
    created: now,
  };
  const limit = options.maxRows ?? EXCEL_MAX_DATA_ROWS;
  const rows = await writeWorkbook(
    out,
    sheet,
    locale,
    sheetRows(ctx, batches, view, locale, limit, capped),
  );
  await ctx.db.transaction((tx) =>
    recordAudit(tx, ctx, {
      action: 'audit.export',
      entityType: 'audit_log',
      after: { filters: givenFilters(filterInput), rows, capped: capped.reached, locale },
    }),
  );
  return { rows, fileName: auditExportFileName(locale, toIsoDate(now)) };
}
