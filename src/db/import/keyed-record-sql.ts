import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';
import { columnList, rowDiffers } from './record-merge-sql.ts';
import { duplicateKeyCheck, unknownCustomerCheck, type StageCheck } from './stage-problems.ts';
import type { StageColumn, StageLayout } from './stage-table.ts';

/**
 * A record kind kept around a customer and identified by an external id with a unique index
 * (orders, invoices): re-importing a row updates the record of that id, so a second import of
 * the same file changes nothing.
 */
export type KeyedRecordTable = {
  table: 'transactions' | 'payments';
  stage: string;
  /** Import field → column and staging type; the key field maps to `external_id`. */
  fields: Readonly<Record<string, StageColumn>>;
  keyField: string;
  /** Fields that come with another one (profit is derived from cost). */
  implied?: Readonly<Record<string, string>>;
  /** Has version / updated_at / created_by (payments) or only created_at (orders). */
  versioned: boolean;
};

export type MergeCounts = { created: number; updated: number; unchanged: number };
/** What a merge did to one customer's records, for its audit row. */
export type CustomerMergeCounts = { customerId: number; created: number; updated: number };

/** Credit code and external id always; the other columns the file has. */
export function keyedStageLayout(spec: KeyedRecordTable, fields: readonly string[]): StageLayout {
  const wanted = new Set(fields);
  for (const [when, also] of Object.entries(spec.implied ?? {})) {
    if (wanted.has(when)) wanted.add(also);
  }
  const chosen = Object.keys(spec.fields).filter((f) => f === spec.keyField || wanted.has(f));
  return {
    columns: [
      { name: 'row_no', type: 'int' },
      { name: 'credit_code', type: 'text' },
      ...chosen.map((field) => spec.fields[field]!),
    ],
    sources: ['creditCode', ...chosen],
  };
}

/** The record columns a layout stages (without row number and credit code). */
export function recordColumnsOf(layout: StageLayout): string[] {
  return layout.columns.map((c) => c.name).filter((n) => n !== 'row_no' && n !== 'credit_code');
}

/**
 * Checks: an external id twice in the file; a customer the actor may not change; an external
 * id that already belongs to a record of a customer outside the actor's scope (the import
 * would otherwise move or overwrite someone else's record).
 */
export function keyedChecks(spec: KeyedRecordTable, writeScope: SQL): StageCheck[] {
  const S = sql.identifier(spec.stage);
  const T = sql.identifier(spec.table);
  return [
    duplicateKeyCheck(spec.stage, ['external_id'], spec.keyField),
    unknownCustomerCheck(spec.stage, writeScope),
    sql`SELECT s.row_no, ${spec.keyField}::text, 'conflict.duplicate', s.external_id, NULL::int
        FROM ${S} s
        JOIN ${T} r ON r.external_id = s.external_id
        JOIN customers ON customers.id = r.customer_id
        WHERE NOT (${writeScope})`,
  ];
}

/** The columns an import writes: those the file has and the customer; the key is matched. */
const written = (columns: readonly string[]) => [
  'customer_id',
  ...columns.filter((c) => c !== 'external_id'),
];

const staged = (columns: readonly string[]) =>
  sql.join(
    written(columns).map((c) => (c === 'customer_id' ? sql`c.id` : sql`s.${sql.identifier(c)}`)),
    sql`, `,
  );

export async function countKeyedChanges(
  tx: Tx,
  spec: KeyedRecordTable,
  columns: readonly string[],
): Promise<MergeCounts> {
  const differs = sql`(ROW(${sql.join(
    written(columns).map((c) => sql`r.${sql.identifier(c)}`),
    sql`, `,
  )}) IS DISTINCT FROM ROW(${staged(columns)}))`;
  const [row] = await queryRows<MergeCounts>(
    tx,
    sql`SELECT count(*) FILTER (WHERE r.id IS NULL)::int AS created,
               count(*) FILTER (WHERE r.id IS NOT NULL AND ${differs})::int AS updated,
               count(*) FILTER (WHERE r.id IS NOT NULL AND NOT ${differs})::int AS unchanged
        FROM ${sql.identifier(spec.stage)} s
        JOIN customers c ON c.credit_code = s.credit_code
        LEFT JOIN ${sql.identifier(spec.table)} r ON r.external_id = s.external_id`,
  );
  return row ?? { created: 0, updated: 0, unchanged: 0 };
}

/**
 * One INSERT … SELECT … ON CONFLICT (external_id) DO UPDATE … WHERE the row differs: new
 * records go in, changed ones are rewritten (a blank cell of a column the file has clears the
 * value: the source system's export is the truth), identical ones are not touched — so
 * version and updated_at move only for real changes. Rows go in ordered by customer and file
 * row, which keeps the customer-led indexes warm. Returns, per customer, how many records were
 * created and updated (`xmax = 0` marks a row this statement inserted rather than updated).
 */
export async function mergeKeyedRecords(
  tx: Tx,
  spec: KeyedRecordTable,
  columns: readonly string[],
  now: Date,
  actorId: number | null,
): Promise<CustomerMergeCounts[]> {
  const target = written(columns);
  const at = sql`${now.toISOString()}::timestamptz`;
  const T = sql.identifier(spec.table);
  const updates = target.map((c) => sql`${sql.identifier(c)} = EXCLUDED.${sql.identifier(c)}`);
  if (spec.versioned) updates.push(sql`version = ${T}.version + 1`, sql`updated_at = ${at}`);
  const stamps = spec.versioned ? sql`created_at, updated_at, created_by` : sql`created_at`;
  const stampValues = spec.versioned ? sql`${at}, ${at}, ${actorId}::bigint` : at;
  const rows = await queryRows<{ customer_id: string | number; created: number; updated: number }>(
    tx,
    sql`WITH merged AS (
        INSERT INTO ${T} (external_id, ${columnList(target)}, ${stamps})
        SELECT s.external_id, ${staged(columns)}, ${stampValues}
        FROM ${sql.identifier(spec.stage)} s JOIN customers c ON c.credit_code = s.credit_code
        ORDER BY c.id, s.row_no
        ON CONFLICT (external_id) DO UPDATE SET ${sql.join(updates, sql`, `)}
        WHERE ${rowDiffers(spec.table, 'excluded', target)}
        RETURNING customer_id, (xmax = 0) AS inserted)
      SELECT customer_id, count(*) FILTER (WHERE inserted)::int AS created,
             count(*) FILTER (WHERE NOT inserted)::int AS updated
      FROM merged GROUP BY customer_id ORDER BY customer_id`,
  );
  return rows.map((r) => ({
    customerId: Number(r.customer_id),
    created: Number(r.created),
    updated: Number(r.updated),
  }));
}
