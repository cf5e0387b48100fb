import { MAX_REPORTED_ERRORS } from '../../domain/import/import-kinds.ts';
import type {
  ImportNameCandidate,
  ImportReport,
  ImportRowError,
} from '../../domain/import/import-report.ts';
import type { RowReader } from '../../domain/import/row-reader.ts';
import type { MergeCounts } from '../../db/import/keyed-record-sql.ts';
import type { StageProblem } from '../../db/import/stage-problems.ts';
import type { StagedRows } from './stage-rows.ts';

/** What the set-wise checks found in the stage (none when batches merged as they came). */
export type StageFindings = {
  rows: number;
  problems: StageProblem[];
  nameCandidates: ImportNameCandidate[];
};
export const NO_FINDINGS: StageFindings = { rows: 0, problems: [], nameCandidates: [] };

type ReportHead = Pick<ImportReport, 'kind' | 'fileName' | 'format' | 'dryRun' | 'columns'>;

/**
 * The report of an import (before a commit marks it committed): the rows' own errors and the
 * stage's, merged in row order, the first MAX_REPORTED_ERRORS of them, and the counts.
 */
export function importReportOf(
  head: ReportHead,
  reader: RowReader,
  read: StagedRows,
  counts: MergeCounts,
  findings: StageFindings,
): ImportReport {
  const stageErrors = findings.problems.map((p) => problemError(p, reader));
  const errors = byRow(read.errors, stageErrors).slice(0, MAX_REPORTED_ERRORS);
  const errorRows = read.errorRows + findings.rows;
  return {
    ...head,
    status: errorRows > 0 ? 'invalid' : 'valid',
    rows: read.rows,
    errorRows,
    errors,
    errorsTruncated:
      read.errorCount > read.errors.length ||
      findings.problems.length >= MAX_REPORTED_ERRORS ||
      read.errors.length + stageErrors.length > errors.length,
    ...counts,
    skippedInvalid: false,
    nameCandidates: findings.nameCandidates,
  };
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
