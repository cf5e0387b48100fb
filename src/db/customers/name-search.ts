import { sql, type SQL } from 'drizzle-orm';

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Customers whose name or short name contains `q`, or whose credit code starts with it.
 * Queries of two or more characters go through the GIN index on `name_bigrams` (migrations
 * 0003–0004); ILIKE rechecks the exact substring.
 *
 * `policiesBind`: the statement runs under row-level security that filters rows (a scoped
 * reader on PostgreSQL). There PostgreSQL may not use these conditions as index conditions
 * before the policy (they are not leakproof), so the candidates come by id from the keys'
 * lookup of migration 0013 and the same predicate rechecks them: the rows are the same.
 */
export function nameSearchPredicate(q: string, policiesBind: boolean): SQL {
  const pattern = `%${escapeLike(q)}%`;
  const substring = sql`(customers.name ILIKE ${pattern} OR customers.short_name ILIKE ${pattern})`;
  const byBigrams = [...q].length >= 2;
  const byName = byBigrams
    ? sql`(customers.name_bigrams @> patron_bigrams(${q}::text) AND ${substring})`
    : substring;
  const codePrefix = q.toUpperCase();
  const byCreditCode = sql`customers.credit_code LIKE ${escapeLike(codePrefix) + '%'}`;
  const predicate = sql`(${byName} OR ${byCreditCode})`;
  // A one-character name has no bigram: no index serves it, under a policy or not.
  if (!policiesBind || !byBigrams) return predicate;
  return sql`(customers.id IN (SELECT patron_customer_ids_by_search_keys(patron_bigrams(${q}::text), ${codePrefix}::text)) AND ${predicate})`;
}

/** Ids of customers whose name bigrams hold all of `grams`, past the policies (migration 0013). */
export function idsHoldingBigrams(grams: SQL): SQL {
  return sql`SELECT patron_customer_ids_by_search_keys(${grams}, NULL)`;
}
