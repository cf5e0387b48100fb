import type { NewAuditEntry } from '../../db/audit-repository.ts';
import type { Tx } from '../../db/db-types.ts';
import type { MergeCounts } from '../../db/import/keyed-record-sql.ts';
import type { StageCheck } from '../../db/import/stage-problems.ts';
import type { StageLayout } from '../../db/import/stage-table.ts';
import type { ImportNameCandidate } from '../../domain/import/import-report.ts';
import type { RowValidation } from '../../domain/import/record-row-rules.ts';

/**
 * What one kind of import does at each step of the pipeline (run-import.ts): check a row in
 * JavaScript, stage it, check the stage set-wise, count what a commit would change, and
 * commit — returning the audit rows of what it changed.
 */
export type ImportPlan = {
  stage: string;
  layout: StageLayout;
  validate(inputs: Record<string, unknown>): RowValidation;
  /** Resolves ids in the stage and returns the set-wise checks. */
  prepare(tx: Tx): Promise<StageCheck[]>;
  /** After the offending rows left the stage. */
  afterChecks?(tx: Tx): Promise<void>;
  count(tx: Tx): Promise<MergeCounts>;
  /** Similar-name warnings (customers only). */
  warnings?(tx: Tx): Promise<ImportNameCandidate[]>;
  commit(tx: Tx): Promise<NewAuditEntry[]>;
  /** Kinds that can merge batch by batch while the file is read (streamed-import.ts). */
  openStream?(tx: Tx): Promise<ImportStream>;
};

/**
 * A commit merging each COPY batch as it lands, so the database works while the next batch is
 * parsed. It only ever writes what the whole-file path would: a batch with a row that path
 * would refuse is not merged, and the import starts over on that path.
 */
export type ImportStream = {
  /** The TEMP table each batch is loaded into. */
  table: string;
  /** Checks and merges the loaded batch; false (nothing written) if a row would be refused. */
  merge(tx: Tx): Promise<boolean>;
  /** What the merged batches did, and the audit rows of it. */
  counts(): MergeCounts;
  audits(): NewAuditEntry[];
};
