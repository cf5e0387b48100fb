import { sql, type SQL } from 'drizzle-orm';
import type { ErrorCode } from '../../domain/app-error.ts';
import type { Tx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';

/** A row the database refused: unknown customer, repeated key, someone else's record. */
export type StageProblem = {
  row: number;
  field: string;
  code: ErrorCode;
  value: string;
  /** For duplicates: the row it repeats. */
  firstRow: number | null;
};

/**
 * A check over the staging table: SQL selecting `row_no, field, code, value, first_row` for
 * each offending row. Field and code are constants written in code, never input.
 */
export type StageCheck = SQL;

/**
 * Runs the checks set-wise into a TEMP table, removes the offending rows from the stage (so
 * counts and the merge see only good rows) and returns the first `limit` problems and the
 * number of rows with any problem.
 */
export async function collectStageProblems(
  tx: Tx,
  stage: string,
  checks: readonly StageCheck[],
  limit: number,
): Promise<{ rows: number; problems: StageProblem[] }> {
  if (checks.length === 0) return { rows: 0, problems: [] };
  await tx.execute(
    sql`CREATE TEMP TABLE import_problems
        (row_no int, field text, code text, value text, first_row int) ON COMMIT DROP`,
  );
  // INSERT rather than CREATE TABLE AS: utility statements take no bound parameters, and the
  // checks carry the record scope's.
  await tx.execute(
    sql`INSERT INTO import_problems ${sql.join(
      checks.map((check) => sql`(${check})`),
      sql` UNION ALL `,
    )}`,
  );
  const [count] = await queryRows<{ n: number }>(
    tx,
    sql`SELECT count(DISTINCT row_no)::int AS n FROM import_problems`,
  );
  const rows = count?.n ?? 0;
  if (rows === 0) return { rows, problems: [] };
  await tx.execute(
    sql`DELETE FROM ${sql.identifier(stage)} WHERE row_no IN (SELECT row_no FROM import_problems)`,
  );
  const problems = await queryRows<{
    row_no: number;
    field: string;
    code: ErrorCode;
    value: string | null;
    first_row: number | null;
  }>(
    tx,
    sql`SELECT row_no, field, code, value, first_row FROM import_problems
        ORDER BY row_no, field LIMIT ${limit}`,
  );
  return {
    rows,
    problems: problems.map((p) => ({
      row: Number(p.row_no),
      field: p.field,
      code: p.code,
      value: p.value ?? '',
      firstRow: p.first_row === null ? null : Number(p.first_row),
    })),
  };
}

/** Rows whose key repeats an earlier row of the same file. */
export function duplicateKeyCheck(
  stage: string,
  keys: readonly string[],
  field: string,
): StageCheck {
  const keyList = sql.join(
    keys.map((k) => sql.identifier(k)),
    sql`, `,
  );
  const shown = sql.identifier(keys[keys.length - 1] ?? 'row_no');
  return sql`SELECT row_no, ${field}::text AS field, 'validation.duplicate_row'::text AS code,
      ${shown}::text AS value, first_row
    FROM (SELECT row_no, ${shown}, min(row_no) OVER (PARTITION BY ${keyList}) AS first_row
          FROM ${sql.identifier(stage)}) d
    WHERE row_no <> first_row`;
}

/**
 * Rows naming a customer (by credit code) that does not exist, was merged away, or is not the
 * actor's to change: one message for all three, as the API answers 404 for all three.
 */
export function unknownCustomerCheck(stage: string, writeScope: SQL): StageCheck {
  return sql`SELECT s.row_no, 'creditCode', 'validation.unknown_customer', s.credit_code, NULL::int
    FROM ${sql.identifier(stage)} s
    WHERE NOT EXISTS (SELECT 1 FROM customers
                      WHERE customers.credit_code = s.credit_code AND ${writeScope})`;
}
