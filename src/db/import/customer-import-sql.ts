import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { CustomerField } from '../../domain/validation/customer-rules.ts';
import { completenessSql } from '../data-quality/completeness-sql.ts';
import type { Tx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';
import { customers } from '../schema/index.ts';
import type { MergeCounts } from './keyed-record-sql.ts';
import { duplicateKeyCheck, type StageCheck } from './stage-problems.ts';
import type { StageColumn, StageLayout } from './stage-table.ts';

export const CUSTOMER_STAGE = 'import_customers';
const S = sql.identifier(CUSTOMER_STAGE);

const TYPES: Partial<Record<CustomerField, StageColumn['type']>> = {
  employees: 'int',
  assets: 'numeric(18,2)',
  annualRevenue: 'numeric(18,2)',
  orgUnitId: 'bigint',
};

// NOT NULL columns with a default: a blank cell of a new customer takes the default.
const DEFAULTS: Partial<Record<CustomerField, string>> = {
  kaLevel: 'none',
  lifecycleStatus: 'prospect',
  operatingStatus: 'operating',
};

const columnOf = (field: CustomerField) => customers[field].name;

/** The row value holding a new customer's completeness, computed in TypeScript per row. */
export const STAGED_COMPLETENESS = 'completeness';

/**
 * The staging layout for the fields a file has; credit code and sales region always. The
 * region cell (a unit's code or name) goes to `org_unit_ref`; `org_unit_id` is resolved from it
 * in SQL (resolveStagedOrgUnits).
 */
export function customerStageLayout(fields: readonly CustomerField[]): StageLayout {
  const all = [...new Set<CustomerField>(['creditCode', 'orgUnitId', ...fields])];
  const columns: StageColumn[] = [
    { name: 'row_no', type: 'int' },
    { name: 'org_unit_ref', type: 'text' },
    { name: 'completeness', type: 'int' },
  ];
  const sources: (string | null)[] = ['orgUnitId', STAGED_COMPLETENESS];
  for (const field of all) {
    columns.push({ name: columnOf(field), type: TYPES[field] ?? 'text' });
    sources.push(field === 'orgUnitId' ? null : field);
  }
  return { columns, sources };
}

/** Fields an import may change on an existing customer: all it has but the key. */
const updatable = (fields: readonly CustomerField[]) =>
  [...new Set<CustomerField>(['orgUnitId', ...fields])].filter((f) => f !== 'creditCode');

/** A blank cell leaves the stored value alone; a filled one that differs is a change. */
function changedSql(fields: readonly CustomerField[]): SQL {
  const parts = updatable(fields).map((field) => {
    const column = sql.identifier(columnOf(field));
    return sql`(s.${column} IS NOT NULL AND s.${column} IS DISTINCT FROM c.${column})`;
  });
  return parts.length === 0 ? sql`FALSE` : sql`(${sql.join(parts, sql` OR `)})`;
}

/**
 * Set-wise checks: a credit code twice in the file; a customer that exists but is not the
 * actor's to change (the API's create answers "already exists" too; `customer_keys` shows it
 * past row-level security, migration 0012); a new customer with no sales region when the
 * import has no default one.
 */
export function customerChecks(writeScope: SQL, hasDefaultOrgUnit: boolean): StageCheck[] {
  const checks: StageCheck[] = [
    duplicateKeyCheck(CUSTOMER_STAGE, ['credit_code'], 'creditCode'),
    sql`SELECT s.row_no, 'creditCode' AS field, 'conflict.duplicate' AS code,
          s.credit_code AS value, NULL::int AS first_row
        FROM ${S} s JOIN customer_keys customers ON customers.credit_code = s.credit_code
        WHERE NOT (${writeScope})`,
  ];
  if (!hasDefaultOrgUnit) {
    checks.push(sql`SELECT s.row_no, 'orgUnitId', 'validation.required', '', NULL::int
        FROM ${S} s
        WHERE s.org_unit_id IS NULL
          AND NOT EXISTS (SELECT 1 FROM customers c WHERE c.credit_code = s.credit_code)`);
  }
  return checks;
}

export async function countCustomerChanges(
  tx: Tx,
  fields: readonly CustomerField[],
): Promise<MergeCounts> {
  const [row] = await queryRows<MergeCounts>(
    tx,
    sql`SELECT count(*) FILTER (WHERE c.id IS NULL)::int AS created,
               count(*) FILTER (WHERE c.id IS NOT NULL AND ${changedSql(fields)})::int AS updated,
               count(*) FILTER (WHERE c.id IS NOT NULL AND NOT ${changedSql(fields)})::int AS unchanged
        FROM ${S} s LEFT JOIN customers c ON c.credit_code = s.credit_code`,
  );
  return row ?? { created: 0, updated: 0, unchanged: 0 };
}

export type CustomerChange = {
  id: number;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
};

/**
 * Updates the existing customers whose file changes something, in one statement, and returns
 * before/after of the changed fields for the audit log. Version and updated_at move only for
 * customers that really change, so a re-import leaves them as they were.
 */
export async function updateCustomersFromStage(
  tx: Tx,
  fields: readonly CustomerField[],
  now: Date,
  actorId: number | null,
): Promise<CustomerChange[]> {
  const names = updatable(fields);
  if (names.length === 0) return [];
  const pairs = await queryRows<Record<string, unknown>>(
    tx,
    sql`SELECT c.id, ${sql.join(
      names.map((f) => {
        const column = sql.identifier(columnOf(f));
        return sql`c.${column} AS ${sql.identifier(`old_${f}`)}, s.${column} AS ${sql.identifier(`new_${f}`)}`;
      }),
      sql`, `,
    )}
        FROM ${S} s JOIN customers c ON c.credit_code = s.credit_code
        WHERE ${changedSql(fields)}`,
  );
  if (pairs.length === 0) return [];
  await tx.execute(sql`UPDATE customers c SET ${sql.join(
    names.map((f) => {
      const column = sql.identifier(columnOf(f));
      return sql`${column} = COALESCE(s.${column}, c.${column})`;
    }),
    sql`, `,
  )}, version = c.version + 1, updated_at = ${now.toISOString()}::timestamptz,
        updated_by = ${actorId}::bigint
      FROM ${S} s
      WHERE c.credit_code = s.credit_code AND ${changedSql(fields)}`);
  return pairs.map((pair) => {
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const f of names) {
      const next = pair[`new_${f}`];
      const old = pair[`old_${f}`] ?? null;
      if (next === null || next === undefined || String(next) === String(old)) continue;
      before[f] = old;
      after[f] = next;
    }
    return { id: Number(pair.id), before, after };
  });
}

const PROPERTY_BY_COLUMN = new Map(
  Object.entries(getTableColumns(customers)).map(([property, column]) => [column.name, property]),
);

/**
 * Inserts the staged customers that do not exist yet, in file order, and returns them as
 * camel-cased records for the audit log (the API's create logs the same). A KA manager's new
 * customers get them on their account team in the same statement (C7.2), or the record scope
 * would hide the files from their own author.
 */
export async function insertCustomersFromStage(
  tx: Tx,
  fields: readonly CustomerField[],
  options: {
    defaultOrgUnitId: number | null;
    now: Date;
    actorId: number | null;
    teamUserId: number | null;
  },
): Promise<Record<string, unknown>[]> {
  const { defaultOrgUnitId, actorId, teamUserId } = options;
  const now = sql`${options.now.toISOString()}::timestamptz`;
  const names = [...new Set<CustomerField>(['creditCode', 'orgUnitId', ...fields])];
  const values = names.map((f) => {
    const column = sql.identifier(columnOf(f));
    if (f === 'orgUnitId') return sql`COALESCE(s.${column}, ${defaultOrgUnitId}::bigint)`;
    const fallback = DEFAULTS[f];
    return fallback === undefined ? sql`s.${column}` : sql`COALESCE(s.${column}, ${fallback})`;
  });
  // What the audit row of a new customer keeps: the columns written and the defaulted ones;
  // RETURNING * would also carry the bigram array and the bookkeeping for every row.
  const returned = sql.join(
    [
      'id',
      ...new Set([
        ...names.map(columnOf),
        ...Object.keys(DEFAULTS).map((f) => columnOf(f as CustomerField)),
      ]),
    ].map((c) => sql.identifier(c)),
    sql`, `,
  );
  const team =
    teamUserId === null
      ? sql``
      : sql`, team AS (INSERT INTO customer_team (customer_id, user_id, team_role, access_level, since)
            SELECT id, ${teamUserId}::bigint, 'manager', 'edit', ${now} FROM inserted)`;
  const rows = await queryRows<Record<string, unknown>>(
    tx,
    sql`WITH inserted AS (
          INSERT INTO customers (${sql.join(
            names.map((f) => sql.identifier(columnOf(f))),
            sql`, `,
          )}, completeness, created_at, updated_at, created_by, updated_by)
          SELECT ${sql.join(values, sql`, `)}, s.completeness, ${now}, ${now}, ${actorId}::bigint,
            ${actorId}::bigint
          FROM ${S} s
          WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE c.credit_code = s.credit_code)
          ORDER BY s.row_no
          RETURNING ${returned})${team}
        SELECT * FROM inserted ORDER BY id`,
  );
  return rows.map((raw) => {
    const record: Record<string, unknown> = {};
    for (const [column, value] of Object.entries(raw)) {
      const property = PROPERTY_BY_COLUMN.get(column) ?? column;
      record[property] = value instanceof Date ? value.toISOString() : value;
    }
    return record;
  });
}

/**
 * Completeness (C1.11) of the updated customers, recomputed set-wise where it moved. New ones
 * got theirs on insert (computed per row by `completenessOf`, the same rule), which spares
 * rewriting every new row — and its dozen index entries — a second time.
 */
export async function refreshCompleteness(tx: Tx, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  const score = completenessSql();
  await tx.execute(sql`UPDATE customers SET completeness = ${score}
      WHERE id = ANY(${`{${ids.join(',')}}`}::bigint[])
        AND completeness IS DISTINCT FROM ${score}`);
}
