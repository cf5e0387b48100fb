import { sql } from 'drizzle-orm';

export const columnList = (columns: readonly string[]) =>
  sql.join(
    columns.map((c) => sql.identifier(c)),
    sql`, `,
  );
