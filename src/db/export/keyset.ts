import { and, sql, type SQL } from 'drizzle-orm';

/**
 * One sort key of a keyset-paged query. `type` is the SQL type the cursor value is cast back
 * to; nullable keys sort NULLS LAST in either direction, as the lists do.
 */
export type KeysetKey = {
  expr: SQL;
  type: 'text' | 'bigint' | 'int' | 'numeric' | 'date' | 'timestamptz';
  desc?: boolean;
  nullable?: boolean;
};

/** The cursor: each key's value of the last row read, as text (null for a NULL key). */
export type KeysetCursor = (string | null)[];

/**
 * The select fields carrying the cursor, named `k0…kn`. Timestamps go out at microsecond
 * precision (a JS Date keeps only milliseconds, which would skip or repeat rows on ties).
 */
export function keysetFields(keys: readonly KeysetKey[]): Record<string, SQL<string | null>> {
  return Object.fromEntries(
    keys.map((key, i) => [
      `k${i}`,
      key.type === 'timestamptz'
        ? sql<
            string | null
          >`to_char(${key.expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`
        : sql<string | null>`(${key.expr})::text`,
    ]),
  );
}

export function keysetOrder(keys: readonly KeysetKey[]): SQL[] {
  return keys.map(
    (key) =>
      sql`${key.expr} ${sql.raw(key.desc ? 'DESC' : 'ASC')}${key.nullable ? sql` NULLS LAST` : sql``}`,
  );
}

export function cursorOf(keys: readonly KeysetKey[], row: Record<string, unknown>): KeysetCursor {
  return keys.map((_, i) => {
    const value = row[`k${i}`];
    return value === null || value === undefined ? null : String(value);
  });
}

function valueOf(key: KeysetKey, value: string): SQL {
  return sql`${value}::${sql.raw(key.type)}`;
}

/**
 * Rows strictly after the cursor in the keys' order. Keys without NULLs in one direction use a
 * row comparison (the form an index serves); otherwise the lexicographic expansion, where a
 * NULL is after every value and equal to another NULL.
 */
export function keysetAfter(keys: readonly KeysetKey[], cursor: KeysetCursor): SQL {
  const uniform = keys.every(
    (key) => !key.nullable && Boolean(key.desc) === Boolean(keys[0]?.desc),
  );
  if (uniform) {
    const left = sql.join(
      keys.map((key) => key.expr),
      sql`, `,
    );
    const right = sql.join(
      keys.map((key, i) => valueOf(key, cursor[i] ?? '')),
      sql`, `,
    );
    return sql`(${left}) ${sql.raw(keys[0]?.desc ? '<' : '>')} (${right})`;
  }
  const branches: SQL[] = [];
  keys.forEach((key, j) => {
    const value = cursor[j] ?? null;
    // After a NULL there is nothing at this level: NULLs are last and equal to each other.
    if (value === null) return;
    const beyond = sql`${key.expr} ${sql.raw(key.desc ? '<' : '>')} ${valueOf(key, value)}`;
    const strictly = key.nullable ? sql`(${beyond} OR ${key.expr} IS NULL)` : beyond;
    const equalBefore = keys.slice(0, j).map((prev, m) => {
      const v = cursor[m] ?? null;
      return v === null ? sql`${prev.expr} IS NULL` : sql`${prev.expr} = ${valueOf(prev, v)}`;
    });
    branches.push(and(...equalBefore, strictly) ?? strictly);
  });
  if (branches.length === 0) return sql`FALSE`;
  return sql`(${sql.join(branches, sql` OR `)})`;
}

/**
 * Reads a whole ordered result in batches of `size` by keyset (never OFFSET, which rereads every
 * earlier row): memory stays at one batch whatever the total. Each batch is its own query, so a
 * long export holds no connection or transaction between batches.
 */
export async function* keysetBatches<Row extends Record<string, unknown>>(
  keys: readonly KeysetKey[],
  size: number,
  fetch: (after: SQL | undefined, limit: number) => Promise<Row[]>,
): AsyncGenerator<Row[]> {
  let cursor: KeysetCursor | null = null;
  for (;;) {
    const rows: Row[] = await fetch(cursor ? keysetAfter(keys, cursor) : undefined, size);
    if (rows.length > 0) yield rows;
    const last = rows[rows.length - 1];
    if (rows.length < size || !last) return;
    const next = cursorOf(keys, last);
    // A cursor that does not move would loop for ever: fail loudly instead (a key lost precision).
    if (cursor && next.every((value, i) => value === cursor?.[i]))
      throw new Error('keyset cursor did not advance');
    cursor = next;
  }
}
