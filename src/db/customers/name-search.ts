import { sql, type SQL } from 'drizzle-orm';

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Customers whose name or short name contains `q`, or whose credit code starts with it.
 * Queries of two or more characters go through the GIN index on `name_bigrams` (migrations
 * 0003–0004); ILIKE rechecks the exact substring.
 */
export function nameSearchPredicate(q: string): SQL {
  const pattern = `%${escapeLike(q)}%`;
  const substring = sql`(customers.name ILIKE ${pattern} OR customers.short_name ILIKE ${pattern})`;
  const byName =
    [...q].length >= 2
      ? sql`(customers.name_bigrams @> patron_bigrams(${q}::text) AND ${substring})`
      : substring;
  const byCreditCode = sql`customers.credit_code LIKE ${escapeLike(q.toUpperCase()) + '%'}`;
  return sql`(${byName} OR ${byCreditCode})`;
}
