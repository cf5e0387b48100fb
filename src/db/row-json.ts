import { getTableColumns, sql, type Column, type SQL, type Table } from 'drizzle-orm';

/**
 * A table's row as one JSON value, so a statement can carry several tables' rows in one answer
 * (the customer 360 reads ten parts in one round trip). `rowJson` builds it in SQL, keyed by
 * column name; `rowFromJson` turns it back into the row drizzle's own select would give, through
 * each column's driver mapping — so a timestamp is a Date and a bigint a number either way.
 *
 * Numerics go as text: a JSON number would lose trailing zeros and, past 2^53, digits.
 * json_build_object takes at most 100 arguments, so a table may have at most 50 columns.
 */
export function rowJson(table: Table, alias: string): SQL {
  const columns = Object.values(getTableColumns(table)) as Column[];
  if (columns.length > 50) throw new Error(`rowJson: ${alias} has more than 50 columns`);
  const pairs = columns.map((column) => {
    assertJsonSafe(column);
    const ref = `${alias}."${column.name}"`;
    const value = column.getSQLType().startsWith('numeric') ? `${ref}::text` : ref;
    return `'${column.name}', ${value}`;
  });
  return sql.raw(`json_build_object(${pairs.join(', ')})`);
}

/** The row drizzle would map from `value` (a `rowJson` of the same table). */
export function rowFromJson<T extends Table>(table: T, value: unknown): T['$inferSelect'] {
  const source = parsedJson(value) as Record<string, unknown>;
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table)) as [string, Column][]) {
    const raw = source[column.name];
    row[key] = raw === null || raw === undefined ? null : column.mapFromDriverValue(raw);
  }
  return row as T['$inferSelect'];
}

/**
 * A json column's value: both drivers parse json, so a string would mean a driver setting
 * changed; it is parsed all the same. The type is the caller's promise about its SELECT.
 */
export function parsedJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

// JSON renders bytea as a hex string that a column's own mapping would take for the bytes.
function assertJsonSafe(column: Column): void {
  if (column.getSQLType() === 'bytea') {
    throw new Error(`rowJson: column ${column.name} is bytea`);
  }
}
