import type { NewAuditEntry } from '../../db/audit-repository.ts';
import type { Tx } from '../../db/db-types.ts';
import type { MergeCounts } from '../../db/import/keyed-record-sql.ts';
import { StageTable } from '../../db/import/stage-table.ts';
import type { RowReader } from '../../domain/import/row-reader.ts';
import type { AppContext } from '../context.ts';
import type { ImportPlan, ImportStream } from './import-plan.ts';
import type { Table } from './read-table.ts';
import type { ImportRequest } from './run-import.ts';
import { stageRows, type StagedRows } from './stage-rows.ts';

export type StreamedImport = { read: StagedRows; counts: MergeCounts; audits: NewAuditEntry[] };

/**
 * A commit that merges each COPY batch as soon as it is loaded, while the next one is being
 * parsed: on PostgreSQL the database inserts on one core while JavaScript parses on the other,
 * instead of waiting for the whole file. Only for files that the whole-file path would commit
 * in full or, with `skipInvalid`, without their bad rows: each batch is checked set-wise before
 * it merges (keys repeated within it or from an earlier batch, customers out of scope, other
 * scopes' records), and the first refusal — or the first bad row of an all-or-nothing import —
 * ends the attempt. Returns null then, and the caller rolls back to its savepoint and runs the
 * whole-file path, which writes the report of exactly what was refused.
 */
export async function streamImport(
  tx: Tx,
  ctx: AppContext,
  request: ImportRequest,
  table: Table,
  reader: RowReader,
  plan: ImportPlan & { openStream: (tx: Tx) => Promise<ImportStream> },
): Promise<StreamedImport | null> {
  const stream = await plan.openStream(tx);
  let refused = false;
  const stage = await StageTable.create(tx, ctx.engine, stream.table, plan.layout.columns, {
    batchRows: request.batchRows,
    afterBatch: async () => {
      if (!refused && !(await stream.merge(tx))) refused = true;
    },
  });
  const allOrNothing = request.skipInvalid !== true;
  const read = await stageRows(
    table,
    reader,
    plan,
    stage,
    request.source.size,
    request.onProgress,
    (sofar) => refused || (allOrNothing && sofar.errorRows > 0),
  );
  await stage.finish();
  if (refused || read.stopped || (allOrNothing && read.errorRows > 0)) return null;
  return { read, counts: stream.counts(), audits: stream.audits() };
}
