import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';
import {
  KEYS_VIEW,
  mergeKeyedRecords,
  type CustomerMergeCounts,
  type KeyedRecordTable,
} from './keyed-record-sql.ts';

/**
 * Orders and invoices merged batch by batch while the file is still being read (see
 * streamed-import.ts): each COPY batch lands in its own small TEMP table, is checked and merged
 * with the same statements the whole-file path runs on the full stage, and leaves its keys
 * behind so a later batch repeating one is caught before it merges.
 */
export type KeyedBatch = {
  /** The TEMP table each COPY batch goes to (emptied after each batch). */
  table: string;
  /**
   * Checks the batch set-wise and, if no row is refused, merges it; returns the per-customer
   * counts, or null (nothing written) when a row would be refused: the caller then starts over
   * on the whole-file path, which reports it.
   */
  merge(tx: Tx): Promise<(CustomerMergeCounts & { unchanged: number })[] | null>;
};

export async function openKeyedBatch(
  tx: Tx,
  spec: KeyedRecordTable,
  columns: readonly string[],
  writeScope: SQL,
  now: Date,
  actorId: number | null,
): Promise<KeyedBatch> {
  const table = `${spec.stage}_batch`;
  const keys = sql.identifier(`${spec.stage}_keys`);
  const B = sql.identifier(table);
  // A batch is 20,000 rows against 100k customers and millions of records: probing their
  // unique indexes row by row beats hashing the big side, which the planner chose for every
  // statement (a seq scan of all customers per batch, 0.2 s, measured on PostgreSQL 15). Local
  // to the transaction, and undone with the savepoint if the import starts over.
  await tx.execute(sql`SET LOCAL enable_hashjoin = off`);
  await tx.execute(sql`SET LOCAL enable_mergejoin = off`);
  // The external ids of the batches merged so far; indexed, as each batch probes it.
  await tx.execute(sql`CREATE TEMP TABLE ${keys} (external_id text) ON COMMIT DROP`);
  await tx.execute(sql`CREATE INDEX ON ${keys} (external_id)`);
  const batchSpec: KeyedRecordTable = { ...spec, stage: table };
  const T = sql.identifier(spec.table);
  const target = ['customer_id', ...columns.filter((c) => c !== 'external_id')];
  const value = (c: string) =>
    c === 'customer_id' ? sql`customers.id` : sql`s.${sql.identifier(c)}`;
  const differs = sql`(ROW(${sql.join(
    target.map((c) => sql`r.${sql.identifier(c)}`),
    sql`, `,
  )}) IS DISTINCT FROM ROW(${sql.join(target.map(value), sql`, `)}))`;
  // One pass for the counts and every check the whole-file path makes, in the same terms: a
  // customer that is not there for the actor to change (merged ones included), a record of
  // that id under a customer outside the actor's scope, a key an earlier batch had. Joined to
  // `customers` under that name, because the scope predicate is written against it.
  const countAndCheck = sql`SELECT customers.id AS customer_id,
        count(*) FILTER (WHERE r.id IS NULL)::int AS created,
        count(*) FILTER (WHERE r.id IS NOT NULL AND ${differs})::int AS updated,
        count(*) FILTER (WHERE r.id IS NOT NULL AND NOT ${differs})::int AS unchanged,
        bool_or(customers.id IS NULL
          OR (r.id IS NOT NULL AND r.customer_id IS DISTINCT FROM customers.id
              AND NOT EXISTS (SELECT 1 FROM customers WHERE customers.id = r.customer_id
                              AND ${writeScope}))
          OR EXISTS (SELECT 1 FROM ${keys} k WHERE k.external_id = s.external_id)
          -- A record out of the actor's sight (row-level security hides it from r above).
          OR EXISTS (SELECT 1 FROM ${sql.identifier(KEYS_VIEW[spec.table])} o
                     JOIN customer_keys customers ON customers.id = o.customer_id
                     WHERE o.external_id = s.external_id AND NOT (${writeScope}))) AS refused
      FROM ${B} s
      LEFT JOIN customers ON customers.credit_code = s.credit_code AND ${writeScope}
      LEFT JOIN ${T} r ON r.external_id = s.external_id
      GROUP BY customers.id ORDER BY customers.id`;
  return {
    table,
    async merge(t) {
      // A key twice within the batch (across batches, the keys table catches it).
      const [dup] = await queryRows<{ repeated: boolean }>(
        t,
        sql`SELECT count(*) <> count(DISTINCT external_id) AS repeated FROM ${B}`,
      );
      if (dup?.repeated !== false) return null;
      const rows = await queryRows<{
        customer_id: number | string | null;
        created: number;
        updated: number;
        unchanged: number;
        refused: boolean;
      }>(t, countAndCheck);
      if (rows.some((r) => r.refused || r.customer_id === null)) return null;
      const expected = { created: 0, updated: 0 };
      for (const r of rows) {
        expected.created += Number(r.created);
        expected.updated += Number(r.updated);
      }
      await mergeKeyedRecords(t, batchSpec, columns, now, actorId, expected);
      await t.execute(sql`INSERT INTO ${keys} SELECT external_id FROM ${B}`);
      await t.execute(sql`TRUNCATE ${B}`);
      return rows.map((r) => ({
        customerId: Number(r.customer_id),
        created: Number(r.created),
        updated: Number(r.updated),
        unchanged: Number(r.unchanged),
      }));
    },
  };
}
