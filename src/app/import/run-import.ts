import { AppError } from '../../domain/app-error.ts';
import { recogniseColumns, type ColumnMappingInput } from '../../domain/import/header-match.ts';
import { MAX_REPORTED_ERRORS, type ImportKind } from '../../domain/import/import-kinds.ts';
import type { ImportReport, ImportRowError } from '../../domain/import/import-report.ts';
import { compileRowReader, type RowReader } from '../../domain/import/row-reader.ts';
import { appendAuditBatch } from '../../db/audit-repository.ts';
import { collectStageProblems, type StageProblem } from '../../db/import/stage-problems.ts';
import { StageTable } from '../../db/import/stage-table.ts';
import type { AppContext } from '../context.ts';
import { auditEntryOf } from '../audit/record-audit.ts';
import { assertMayWriteCustomers } from '../customers/customer-write-guard.ts';
import type { ImportSource } from './import-source.ts';
import { importPlanFor } from './import-plan-for.ts';
import { readTable, type Table } from './read-table.ts';
import { stageRows, type ImportProgress } from './stage-rows.ts';

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
 */
export async function runImport(
  ctx: AppContext,
  request: ImportRequest,
  dryRun: boolean,
): Promise<ImportReport> {
  assertMayWriteCustomers(ctx.actor);
  const table = await readTable(request.source);
  try {
    return await importTable(ctx, request, dryRun, table);
  } finally {
    // Closes the file when the import stopped before its last row (a refused mapping, say).
    await table.rows.return(undefined);
  }
}

async function importTable(
  ctx: AppContext,
  request: ImportRequest,
  dryRun: boolean,
  table: Table,
): Promise<ImportReport> {
  const { kind, source } = request;
  const { columns, issues } = recogniseColumns(kind, table.header.cells, request.mapping);
  if (issues.length > 0) throw new AppError('validation.failed', { issues });
  const reader = compileRowReader(kind, columns);
  const actor = ctx.actor;
  const defaultOrgUnitId = request.orgUnitId ?? (actor.kind === 'user' ? actor.orgUnitId : null);
  const plan = await importPlanFor(ctx, kind, reader.fields, defaultOrgUnitId);
  const skipInvalid = request.skipInvalid === true;
  try {
    return await ctx.db.transaction(async (tx) => {
      const stage = await StageTable.create(tx, ctx.engine, plan.stage, plan.layout.columns);
      const read = await stageRows(table, reader, plan, stage, source.size, request.onProgress);
      await stage.finish();
      const checks = await plan.prepare(tx);
      const problems = await collectStageProblems(tx, plan.stage, checks, MAX_REPORTED_ERRORS);
      await plan.afterChecks?.(tx);
      const counts = await plan.count(tx);
      const nameCandidates = plan.warnings ? await plan.warnings(tx) : [];
      const stageErrors = problems.problems.map((p) => problemError(p, reader));
      const errors = byRow(read.errors, stageErrors).slice(0, MAX_REPORTED_ERRORS);
      const errorRows = read.errorRows + problems.rows;
      const report: ImportReport = {
        kind,
        fileName: source.fileName,
        format: table.format,
        dryRun,
        status: errorRows > 0 ? 'invalid' : 'valid',
        columns,
        rows: read.rows,
        errorRows,
        errors,
        errorsTruncated:
          read.errorCount > read.errors.length ||
          problems.problems.length >= MAX_REPORTED_ERRORS ||
          read.errors.length + stageErrors.length > errors.length,
        ...counts,
        skippedInvalid: false,
        nameCandidates,
      };
      if (dryRun || (errorRows > 0 && !skipInvalid)) throw new RolledBack(report);
      const audits = await plan.commit(tx);
      // An import that changes nothing writes nothing, not even its own summary row.
      if (audits.length > 0) {
        audits.unshift(
          auditEntryOf(ctx, {
            action: 'import.commit',
            entityType: 'import',
            after: {
              kind,
              fileName: source.fileName,
              rows: read.rows,
              errorRows,
              created: counts.created,
              updated: counts.updated,
              unchanged: counts.unchanged,
            },
          }),
        );
        await appendAuditBatch(tx, audits);
      }
      return { ...report, status: 'committed', skippedInvalid: errorRows > 0 };
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.report;
    throw error;
  }
}

function problemError(problem: StageProblem, reader: RowReader): ImportRowError {
  const params: Record<string, string | number> =
    problem.code === 'validation.duplicate_row' && problem.firstRow !== null
      ? { row: problem.firstRow, value: problem.value }
      : { value: problem.value };
  return {
    row: problem.row,
    column: reader.source(problem.field, []).column,
    field: problem.field,
    value: problem.value,
    code: problem.code,
    params,
  };
}

/** Two lists each in row order, merged (file checks and database checks never share a row). */
function byRow(a: readonly ImportRowError[], b: readonly ImportRowError[]): ImportRowError[] {
  const out: ImportRowError[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.row <= b[j]!.row)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}
