import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';
import { columnList } from './record-merge-sql.ts';
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

/** Each keyed table's view of migration 0012: its keys and their customer, past the policies. */
export const KEYS_VIEW = { transactions: 'transaction_keys', payments: 'payment_keys' } as const;

/**
 * Checks: an external id twice in the file; a customer the actor may not change; an external
 * id that already belongs to a record of a customer outside the actor's scope (the import
 * would otherwise move or overwrite someone else's record). That record and its customer are
 * out of the actor's sight under row-level security: the key views of migration 0012 show
 * that the key is taken, and by a customer of which org unit, nothing else.
 */
export function keyedChecks(spec: KeyedRecordTable, writeScope: SQL): StageCheck[] {
  const S = sql.identifier(spec.stage);
  return [
    duplicateKeyCheck(spec.stage, ['external_id'], spec.keyField),
    unknownCustomerCheck(spec.stage, writeScope),
    sql`SELECT s.row_no, ${spec.keyField}::text, 'conflict.duplicate', s.external_id, NULL::int
        FROM ${S} s
        JOIN ${sql.identifier(KEYS_VIEW[spec.table])} r ON r.external_id = s.external_id
        JOIN customer_keys customers ON customers.id = r.customer_id
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

/** `(r.cols) IS DISTINCT FROM (staged cols)`: the existing record differs from its row. */
const differs = (columns: readonly string[]) =>
  sql`(ROW(${sql.join(
    written(columns).map((c) => sql`r.${sql.identifier(c)}`),
    sql`, `,
  )}) IS DISTINCT FROM ROW(${staged(columns)}))`;

/**
 * Per customer, how many staged rows are new records and how many change an existing one (the
 * rest are unchanged): the dry run's counts, and after a commit its audit rows. One pass over
 * the stage; the merge then needs no RETURNING.
 */
export async function countKeyedChangesByCustomer(
  tx: Tx,
  spec: KeyedRecordTable,
  columns: readonly string[],
): Promise<(CustomerMergeCounts & { unchanged: number })[]> {
  const rows = await queryRows<{
    customer_id: string | number;
    created: number;
    updated: number;
    unchanged: number;
  }>(
    tx,
    sql`SELECT c.id AS customer_id,
               count(*) FILTER (WHERE r.id IS NULL)::int AS created,
               count(*) FILTER (WHERE r.id IS NOT NULL AND ${differs(columns)})::int AS updated,
               count(*) FILTER (WHERE r.id IS NOT NULL AND NOT ${differs(columns)})::int AS unchanged
        FROM ${sql.identifier(spec.stage)} s
        JOIN customers c ON c.credit_code = s.credit_code
        LEFT JOIN ${sql.identifier(spec.table)} r ON r.external_id = s.external_id
        GROUP BY c.id ORDER BY c.id`,
  );
  return rows.map((r) => ({
    customerId: Number(r.customer_id),
    created: Number(r.created),
    updated: Number(r.updated),
    unchanged: Number(r.unchanged),
  }));
}

/**
 * Two set-wise statements: INSERT … SELECT of the rows whose external id is new (an anti-join),
 * then UPDATE … FROM of the records whose row differs — identical ones are not touched, so
 * version and updated_at move only for real changes. A blank cell of a column the file has
 * clears the value: the source system's export is the truth. Measured faster than one
 * INSERT … ON CONFLICT DO UPDATE, which pays a speculative insertion per row even when every
 * row is new. New rows go in ordered by customer, which keeps the customer-led indexes warm; an
 * id inserted concurrently by someone else fails the import on the unique index (nothing is
 * written, the user imports again).
 */
export async function mergeKeyedRecords(
  tx: Tx,
  spec: KeyedRecordTable,
  columns: readonly string[],
  now: Date,
  actorId: number | null,
  /** Counted beforehand: a statement with nothing to do is not run (a re-import runs none). */
  expected: { created: number; updated: number } = { created: 1, updated: 1 },
): Promise<void> {
  const target = written(columns);
  const at = sql`${now.toISOString()}::timestamptz`;
  const T = sql.identifier(spec.table);
  const S = sql.identifier(spec.stage);
  const stamps = spec.versioned ? sql`created_at, updated_at, created_by` : sql`created_at`;
  const stampValues = spec.versioned ? sql`${at}, ${at}, ${actorId}::bigint` : at;
  const updates = target.map(
    (c) =>
      sql`${sql.identifier(c)} = ${c === 'customer_id' ? sql`c.id` : sql`s.${sql.identifier(c)}`}`,
  );
  if (spec.versioned) updates.push(sql`version = r.version + 1`, sql`updated_at = ${at}`);
  if (expected.updated > 0) {
    await tx.execute(sql`UPDATE ${T} r SET ${sql.join(updates, sql`, `)}
      FROM ${S} s JOIN customers c ON c.credit_code = s.credit_code
      WHERE r.external_id = s.external_id AND ${differs(columns)}`);
  }
  if (expected.created > 0) {
    await tx.execute(sql`INSERT INTO ${T} (external_id, ${columnList(target)}, ${stamps})
      SELECT s.external_id, ${staged(columns)}, ${stampValues}
      FROM ${S} s JOIN customers c ON c.credit_code = s.credit_code
      WHERE NOT EXISTS (SELECT 1 FROM ${T} r WHERE r.external_id = s.external_id)
      ORDER BY c.id, s.row_no`);
  }
}
