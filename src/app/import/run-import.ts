import { AppError } from '../../domain/app-error.ts';
import { recogniseColumns, type ColumnMappingInput } from '../../domain/import/header-match.ts';
import { MAX_REPORTED_ERRORS, type ImportKind } from '../../domain/import/import-kinds.ts';
import type { ImportReport } from '../../domain/import/import-report.ts';
import { compileRowReader } from '../../domain/import/row-reader.ts';
import type { NewAuditEntry } from '../../db/audit-repository.ts';
import type { Tx } from '../../db/db-types.ts';
import { rollbackToImportSavepoint, setImportSavepoint } from '../../db/import/import-savepoint.ts';
import type { MergeCounts } from '../../db/import/keyed-record-sql.ts';
import { collectStageProblems } from '../../db/import/stage-problems.ts';
import { StageTable } from '../../db/import/stage-table.ts';
import type { AppContext } from '../context.ts';
import { assertMayCreateCustomers } from '../customers/customer-write-guard.ts';
import { commitWithAudit } from './commit-with-audit.ts';
import { importReportOf, NO_FINDINGS, type StageFindings } from './import-report-of.ts';
import type { ImportSource } from './import-source.ts';
import { importPlanFor } from './import-plan-for.ts';
import { readTable, type Table } from './read-table.ts';
import { stageRows, type ImportProgress, type StagedRows } from './stage-rows.ts';
import { streamImport } from './streamed-import.ts';

export type ImportRequest = {
  kind: ImportKind;
  source: ImportSource;
  /** Header → field (or null to ignore the column); recognised headers need no entry. */
  mapping?: ColumnMappingInput | undefined;
  /** Customers: the sales region of rows whose region cell is blank (default: the actor's). */
  orgUnitId?: number | undefined;
  /** Write the good rows even if some rows have errors (default: all or nothing). */
  skipInvalid?: boolean | undefined;
  onProgress?: ((progress: ImportProgress) => void) | undefined;
  /** Rows per COPY batch (default 20,000; tests use small ones to cross batch boundaries). */
  batchRows?: number | undefined;
};

/** Thrown inside the transaction to roll it back while handing the report out. */
class RolledBack extends Error {
  constructor(readonly report: ImportReport) {
    super('import rolled back');
  }
}

/**
 * The import pipeline (C1.12): read the file streaming, check each row, stage the good ones by
 * COPY into a TEMP table, check the stage set-wise (keys repeated, customers unknown or out of
 * scope), count, and — unless this is a dry run or a row failed — merge set-wise and audit, all
 * in one transaction. A dry run and a refused commit roll back: the data stays exactly as it was.
 * A commit of orders or invoices first tries merging batch by batch while reading
 * (streamed-import.ts); if any row would be refused it rolls back to a savepoint and runs the
 * whole-file path, so the report and what is written are the same either way.
 */
export async function runImport(
  ctx: AppContext,
  request: ImportRequest,
  dryRun: boolean,
): Promise<ImportReport> {
  // Imports open files and write in bulk: the roles that open files (not an edit team row).
  assertMayCreateCustomers(ctx.actor);
  const opened: Table[] = [];
  const open = async () => {
    const table = await readTable(request.source);
    opened.push(table);
    return table;
  };
  try {
    return await importTable(ctx, request, dryRun, await open(), open);
  } finally {
    // Closes the file when the import stopped before its last row (a refused mapping, say).
    for (const table of opened) await table.rows.return(undefined);
  }
}

async function importTable(
  ctx: AppContext,
  request: ImportRequest,
  dryRun: boolean,
  table: Table,
  reopen: () => Promise<Table>,
): Promise<ImportReport> {
  const { kind, source } = request;
  const { columns, issues } = recogniseColumns(kind, table.header.cells, request.mapping);
  if (issues.length > 0) throw new AppError('validation.failed', { issues });
  const reader = compileRowReader(kind, columns);
  const actor = ctx.actor;
  const defaultOrgUnitId = request.orgUnitId ?? (actor.kind === 'user' ? actor.orgUnitId : null);
  const plan = await importPlanFor(ctx, kind, reader.fields, defaultOrgUnitId);
  const skipInvalid = request.skipInvalid === true;
  const head = { kind, fileName: source.fileName, format: table.format, dryRun, columns };
  const reportOf = (read: StagedRows, counts: MergeCounts, findings: StageFindings) =>
    importReportOf(head, reader, read, counts, findings);
  const committed = (tx: Tx, report: ImportReport, audits: NewAuditEntry[]) =>
    commitWithAudit(tx, ctx, report, audits);
  try {
    return await ctx.db.transaction(async (tx) => {
      let file = table;
      if (!dryRun && plan.openStream) {
        await setImportSavepoint(tx);
        const streamed = await streamImport(tx, ctx, request, file, reader, {
          ...plan,
          openStream: plan.openStream,
        });
        if (streamed) {
          const report = reportOf(streamed.read, streamed.counts, NO_FINDINGS);
          return committed(tx, report, streamed.audits);
        }
        // Something would be refused: start over on the whole-file path, which reports it.
        await rollbackToImportSavepoint(tx);
        file = await reopen();
      }
      const stage = await StageTable.create(tx, ctx.engine, plan.stage, plan.layout.columns, {
        batchRows: request.batchRows,
      });
      const read = await stageRows(file, reader, plan, stage, source.size, request.onProgress);
      await stage.finish();
      const checks = await plan.prepare(tx);
      const problems = await collectStageProblems(tx, plan.stage, checks, MAX_REPORTED_ERRORS);
      await plan.afterChecks?.(tx);
      const counts = await plan.count(tx);
      const nameCandidates = plan.warnings ? await plan.warnings(tx) : [];
      const report = reportOf(read, counts, { ...problems, nameCandidates });
      if (dryRun || (report.errorRows > 0 && !skipInvalid)) throw new RolledBack(report);
      return committed(tx, report, await plan.commit(tx));
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.report;
    throw error;
  }
}
