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

// Rows per COPY: large enough that statement overhead vanishes, small enough that a batch of
// CSV text stays a few megabytes.
const BATCH_ROWS = 20_000;

/**
 * A TEMP staging table for one import, dropped at the end of the transaction (commit or
 * rollback), filled by COPY in batches. The columns are typed, so COPY parses dates and
 * decimals in the database rather than row by row in JavaScript. While one batch is being
 * loaded the next is collected: on PostgreSQL, parsing and loading overlap.
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
  ) {}

  static async create(
    tx: Tx,
    engine: Engine,
    name: string,
    columns: readonly StageColumn[],
  ): Promise<StageTable> {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad stage name ${name}`);
    const list = columns.map((c) => `"${c.name}" ${c.type}`).join(', ');
    await tx.execute(sql.raw(`CREATE TEMP TABLE ${name} (${list}) ON COMMIT DROP`));
    return new StageTable(tx, engine, name, columns);
  }

  /** Values in the order of `columns`. */
  async add(values: readonly CsvValue[]): Promise<void> {
    this.lines.push(csvLine(values));
    this.rows++;
    if (this.lines.length >= BATCH_ROWS) await this.send();
  }

  /** Loads what is left and waits for every batch; then ANALYZE, so the merge plans well. */
  async finish(): Promise<void> {
    await this.send();
    await this.pending;
    await this.tx.execute(sql.raw(`ANALYZE ${this.name}`));
  }

  private async send(): Promise<void> {
    if (this.lines.length === 0) return;
    const csv = this.lines.join('');
    this.lines = [];
    await this.pending;
    this.pending = copyCsvInTx(
      this.tx,
      this.engine,
      this.name,
      this.columns.map((c) => c.name),
      csv,
    );
    // A failed batch surfaces at the next send or at finish; never as an unhandled rejection.
    this.pending.catch(() => undefined);
  }
}
