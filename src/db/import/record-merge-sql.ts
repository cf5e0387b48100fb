import { sql, type SQL } from 'drizzle-orm';

/** `(a.x, a.y) IS DISTINCT FROM (b.x, b.y)` over the given columns; FALSE for none. */
export function rowDiffers(left: string, right: string, columns: readonly string[]): SQL {
  if (columns.length === 0) return sql`FALSE`;
  const list = (alias: string) =>
    sql.join(
      columns.map((c) => sql`${sql.identifier(alias)}.${sql.identifier(c)}`),
      sql`, `,
    );
  return sql`(ROW(${list(left)}) IS DISTINCT FROM ROW(${list(right)}))`;
}

export const columnList = (columns: readonly string[]) =>
  sql.join(
    columns.map((c) => sql.identifier(c)),
    sql`, `,
  );
