import { sql } from 'drizzle-orm';
import { csvLine, type CsvValue } from '../demo/csv.ts';
import type { Engine, Tx } from '../db-types.ts';
import { copyCsvInTx } from './tx-copy.ts';

export type StageColumn = {
  name: string;
  type: 'int' | 'bigint' | 'text' | 'date' | 'numeric(18,2)' | 'numeric(18,3)' | 'boolean';
};

/**
 * How an import's rows fill its staging table: `row_no` first, then one column per entry of
 * `sources`, each taking the row's value of that field (null: a column the database fills,
 * such as a resolved id).
 */
export type StageLayout = {
  columns: readonly StageColumn[];
  sources: readonly (string | null)[];
};

export type StageOptions = {
  /** Rows per COPY (tests use small batches to cross batch boundaries). */
  batchRows?: number | undefined;
  /** Runs after each batch is loaded, before the next one goes out (batch-wise merging). */
  afterBatch?: (() => Promise<void>) | undefined;
};

// Rows per COPY: large enough that statement overhead vanishes, small enough that a batch of
// CSV text stays a few megabytes.
const BATCH_ROWS = 20_000;

/**
 * A TEMP staging table for one import, dropped at the end of the transaction (commit or
 * rollback), filled by COPY in batches. The columns are typed, so COPY parses dates and
 * decimals in the database rather than row by row in JavaScript. While one batch is being
 * loaded (and, with `afterBatch`, merged) the next is collected: on PostgreSQL, parsing and the
 * database's work overlap.
 */
export class StageTable {
  private lines: string[] = [];
  private pending: Promise<void> = Promise.resolve();
  rows = 0;

  private constructor(
    private readonly tx: Tx,
    private readonly engine: Engine,
    readonly name: string,
    readonly columns: readonly StageColumn[],
    private readonly options: StageOptions,
  ) {}

  static async create(
    tx: Tx,
    engine: Engine,
    name: string,
    columns: readonly StageColumn[],
    options: StageOptions = {},
  ): Promise<StageTable> {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad stage name ${name}`);
    const list = columns.map((c) => `"${c.name}" ${c.type}`).join(', ');
    await tx.execute(sql.raw(`CREATE TEMP TABLE ${name} (${list}) ON COMMIT DROP`));
    return new StageTable(tx, engine, name, columns, options);
  }

  /** Values in the order of `columns`. */
  add(values: readonly CsvValue[]): void {
    this.lines.push(csvLine(values));
    this.rows++;
  }

  /** The collected rows fill a COPY batch: time to `send` them. */
  isFull(): boolean {
    return this.lines.length >= (this.options.batchRows ?? BATCH_ROWS);
  }

  /** Loads what is left and waits for every batch; then ANALYZE, so the merge plans well. */
  async finish(): Promise<void> {
    await this.send();
    await this.pending;
    if (!this.options.afterBatch) await this.tx.execute(sql.raw(`ANALYZE ${this.name}`));
  }

  /** Loads the collected rows (after the previous batch, and its `afterBatch`, are done). */
  async send(): Promise<void> {
    if (this.lines.length === 0) return;
    const csv = this.lines.join('');
    this.lines = [];
    await this.pending;
    const copied = copyCsvInTx(
      this.tx,
      this.engine,
      this.name,
      this.columns.map((c) => c.name),
      csv,
    );
    const after = this.options.afterBatch;
    this.pending = after ? copied.then(after) : copied;
    // A failed batch surfaces at the next send or at finish; never as an unhandled rejection.
    this.pending.catch(() => undefined);
  }
}
