import type { CsvValue } from '../../db/demo/csv.ts';
import type { StageTable } from '../../db/import/stage-table.ts';
import { MAX_REPORTED_ERRORS } from '../../domain/import/import-kinds.ts';
import type { ImportRowError } from '../../domain/import/import-report.ts';
import type { RowReader } from '../../domain/import/row-reader.ts';
import type { ImportPlan } from './import-plan.ts';
import type { Table } from './read-table.ts';

export type ImportProgress = { rows: number; bytes: number; totalBytes: number };

export type StagedRows = {
  rows: number;
  errorRows: number;
  /** The first MAX_REPORTED_ERRORS, in row order. */
  errors: ImportRowError[];
  errorCount: number;
  /** True when `stop` ended the reading before the last row. */
  stopped: boolean;
};

// Progress is reported every this many rows: often enough for a bar, rarely enough to be free.
const PROGRESS_EVERY = 5_000;

/**
 * Reads every row, checks it with the kind's row rules and stages the good ones; a bad row is
 * reported with each of its problems and never staged. Streaming: memory holds one COPY
 * batch, not the file.
 */
export async function stageRows(
  table: Table,
  reader: RowReader,
  plan: ImportPlan,
  stage: StageTable,
  totalBytes: number,
  onProgress?: (progress: ImportProgress) => void,
  /** Asked after each batch of the file; true ends the reading there. */
  stop?: (read: StagedRows) => boolean,
): Promise<StagedRows> {
  const sources = plan.layout.sources;
  const out: StagedRows = { rows: 0, errorRows: 0, errors: [], errorCount: 0, stopped: false };
  for await (const batch of table.rows) {
    for (const row of batch) {
      out.rows++;
      const { values, issues } = plan.validate(reader.read(row.cells));
      if (issues.length > 0) {
        out.errorRows++;
        for (const issue of issues) {
          out.errorCount++;
          if (out.errors.length >= MAX_REPORTED_ERRORS) continue;
          const { column, value } = reader.source(issue.field, row.cells);
          out.errors.push({
            row: row.number,
            column,
            field: issue.field,
            value,
            code: issue.code,
            params: issue.params ?? {},
          });
        }
      } else {
        const line: CsvValue[] = [row.number];
        for (const field of sources) line.push(field === null ? null : (values[field] as CsvValue));
        stage.add(line);
        // Awaited only when a COPY batch is full, not once per row.
        if (stage.isFull()) await stage.send();
      }
      if (onProgress && out.rows % PROGRESS_EVERY === 0) {
        onProgress({ rows: out.rows, bytes: table.bytesRead(), totalBytes });
      }
    }
    if (stop?.(out)) {
      out.stopped = true;
      return out;
    }
  }
  onProgress?.({ rows: out.rows, bytes: totalBytes, totalBytes });
  return out;
}
