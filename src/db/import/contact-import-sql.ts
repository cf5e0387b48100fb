import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';
import type { MergeCounts } from './keyed-record-sql.ts';
import { duplicateKeyCheck, unknownCustomerCheck, type StageCheck } from './stage-problems.ts';
import type { StageColumn, StageLayout } from './stage-table.ts';

export const CONTACT_STAGE = 'import_contacts';
const S = sql.identifier(CONTACT_STAGE);

const FIELDS: Record<string, StageColumn> = {
  'contact.name': { name: 'name', type: 'text' },
  'contact.gender': { name: 'gender', type: 'text' },
  'contact.birthday': { name: 'birthday', type: 'date' },
  'contact.title': { name: 'title', type: 'text' },
  'contact.department': { name: 'department', type: 'text' },
  'contact.mobile': { name: 'mobile', type: 'text' },
  'contact.phone': { name: 'phone', type: 'text' },
  'contact.email': { name: 'email', type: 'text' },
  'contact.address': { name: 'address', type: 'text' },
  'contact.buyingRole': { name: 'buying_role', type: 'text' },
  'contact.isKeyPerson': { name: 'is_key_person', type: 'boolean' },
};
const PROPERTY: Record<string, string> = Object.fromEntries(
  Object.entries(FIELDS).map(([field, column]) => [column.name, field]),
);

/**
 * Credit code and name always (together they identify a contact), the fields the file has,
 * and the customer and contact ids, resolved in SQL.
 */
export function contactStageLayout(fields: readonly string[]): StageLayout {
  const chosen = Object.keys(FIELDS).filter((f) => f === 'contact.name' || fields.includes(f));
  return {
    columns: [
      { name: 'row_no', type: 'int' },
      { name: 'credit_code', type: 'text' },
      { name: 'customer_id', type: 'bigint' },
      { name: 'contact_id', type: 'bigint' },
      ...chosen.map((field) => FIELDS[field]!),
    ],
    sources: ['creditCode', null, null, ...chosen],
  };
}

/** The contact columns of a layout besides the name (the key). */
export function contactColumnsOf(layout: StageLayout): string[] {
  const fixed = new Set(['row_no', 'credit_code', 'customer_id', 'contact_id', 'name']);
  return layout.columns.map((c) => c.name).filter((name) => !fixed.has(name));
}

export async function resolveStagedCustomers(tx: Tx): Promise<void> {
  await tx.execute(sql`UPDATE ${S} s SET customer_id = c.id FROM customers c
      WHERE c.credit_code = s.credit_code AND c.merged_into_id IS NULL`);
}

/**
 * A customer and name twice in the file; a customer the actor may not change; a name that
 * two existing contacts of the customer share (which one the row means cannot be told).
 */
export function contactChecks(writeScope: SQL): StageCheck[] {
  return [
    duplicateKeyCheck(CONTACT_STAGE, ['credit_code', 'name'], 'contact.name'),
    unknownCustomerCheck(CONTACT_STAGE, writeScope),
    sql`SELECT s.row_no, 'contact.name', 'validation.ambiguous_contact', s.name, NULL::int
        FROM ${S} s
        WHERE (SELECT count(*) FROM contacts ct
               WHERE ct.customer_id = s.customer_id AND ct.name = s.name) > 1`,
  ];
}

/** After the checks: the existing contact each remaining row updates, if any. */
export async function matchStagedContacts(tx: Tx): Promise<void> {
  await tx.execute(sql`UPDATE ${S} s SET contact_id = ct.id FROM contacts ct
      WHERE ct.customer_id = s.customer_id AND ct.name = s.name`);
}

/** A blank cell leaves the stored value alone; a filled one that differs is a change. */
function changed(columns: readonly string[]): SQL {
  const parts = columns.map((c) => {
    const col = sql.identifier(c);
    return sql`(s.${col} IS NOT NULL AND s.${col} IS DISTINCT FROM ct.${col})`;
  });
  return parts.length === 0 ? sql`FALSE` : sql`(${sql.join(parts, sql` OR `)})`;
}

export async function countContactChanges(
  tx: Tx,
  columns: readonly string[],
): Promise<MergeCounts> {
  const differs = changed(columns);
  const [row] = await queryRows<MergeCounts>(
    tx,
    sql`SELECT count(*) FILTER (WHERE ct.id IS NULL)::int AS created,
               count(*) FILTER (WHERE ct.id IS NOT NULL AND ${differs})::int AS updated,
               count(*) FILTER (WHERE ct.id IS NOT NULL AND NOT ${differs})::int AS unchanged
        FROM ${S} s LEFT JOIN contacts ct ON ct.id = s.contact_id`,
  );
  return row ?? { created: 0, updated: 0, unchanged: 0 };
}

export type ContactChange = {
  id: number;
  customerId: number;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
};

const text = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

/** Updates the contacts whose row changes something; before/after of the changed fields. */
export async function updateContactsFromStage(
  tx: Tx,
  columns: readonly string[],
  now: Date,
): Promise<ContactChange[]> {
  if (columns.length === 0) return [];
  const differs = changed(columns);
  const pairs = await queryRows<Record<string, unknown>>(
    tx,
    sql`SELECT ct.id, ct.customer_id, ${sql.join(
      columns.map((c) => {
        const col = sql.identifier(c);
        return sql`ct.${col}::text AS ${sql.identifier(`old_${c}`)}, s.${col}::text AS ${sql.identifier(`new_${c}`)}`;
      }),
      sql`, `,
    )}
        FROM ${S} s JOIN contacts ct ON ct.id = s.contact_id WHERE ${differs}`,
  );
  if (pairs.length === 0) return [];
  await tx.execute(sql`UPDATE contacts ct SET ${sql.join(
    columns.map(
      (c) => sql`${sql.identifier(c)} = COALESCE(s.${sql.identifier(c)}, ct.${sql.identifier(c)})`,
    ),
    sql`, `,
  )}, version = ct.version + 1, updated_at = ${now.toISOString()}::timestamptz
      FROM ${S} s WHERE ct.id = s.contact_id AND ${differs}`);
  return pairs.map((pair) => {
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const c of columns) {
      const next = pair[`new_${c}`];
      const old = pair[`old_${c}`] ?? null;
      if (next === null || next === undefined || next === old) continue;
      before[PROPERTY[c]!] = old;
      after[PROPERTY[c]!] = next;
    }
    return { id: Number(pair.id), customerId: Number(pair.customer_id), before, after };
  });
}

/** Inserts the rows that match no contact; returns each new contact's filled fields. */
export async function insertContactsFromStage(
  tx: Tx,
  columns: readonly string[],
  now: Date,
): Promise<{ id: number; customerId: number; fields: Record<string, unknown> }[]> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const all = ['name', ...columns];
  const values = all.map((c) => {
    const col = sql`s.${sql.identifier(c)}`;
    if (c === 'gender') return sql`COALESCE(${col}, 'unknown')`;
    if (c === 'is_key_person') return sql`COALESCE(${col}, false)`;
    return col;
  });
  const rows = await queryRows<Record<string, unknown>>(
    tx,
    sql`INSERT INTO contacts (customer_id, ${sql.join(
      all.map((c) => sql.identifier(c)),
      sql`, `,
    )}, created_at, updated_at)
        SELECT s.customer_id, ${sql.join(values, sql`, `)}, ${at}, ${at}
        FROM ${S} s WHERE s.contact_id IS NULL ORDER BY s.row_no
        RETURNING id, customer_id, ${sql.join(
          all.map((c) => sql.identifier(c)),
          sql`, `,
        )}`,
  );
  return rows.map((row) => {
    const fields: Record<string, unknown> = {};
    for (const c of all) {
      const value = text(row[c]);
      if (value !== null && value !== undefined) fields[PROPERTY[c] ?? `contact.${c}`] = value;
    }
    return { id: Number(row.id), customerId: Number(row.customer_id), fields };
  });
}
