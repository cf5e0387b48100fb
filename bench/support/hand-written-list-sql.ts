/**
 * The customer list written by hand: the same page query and count, with the same filters and
 * the same indexes to use, as src/db/customers/customer-list-query.ts and name-search.ts build
 * with drizzle — minus the record scope (src/app/access/record-scope.ts), which is what the app
 * adds on top. Merged files are left out as the app leaves them out. Keep the two in step when the app's SQL changes.
 */
export type HandWrittenFilters = {
  /** Materialised path of an org unit: its subtree's customers. */
  orgUnitPath?: string | undefined;
  tier?: string | undefined;
  /** Name / short name fragment, or credit-code prefix. */
  q?: string | undefined;
};

export type HandWrittenQuery = { pageSql: string; countSql: string; params: unknown[] };

const ITEM_COLUMNS = `c.id, c.name, c.short_name, c.credit_code, c.industry, c.nature, c.province,
  c.city, c.org_unit_id, ou.name AS org_unit_name, c.tier, c.ka_level, c.lifecycle_status,
  c.ka_class, c.relationship_level, c.relationship_stage, c.needs_segment, c.value_segment,
  c.completeness, c.last_reviewed_at, c.updated_at`;

export function handWrittenList(
  filters: HandWrittenFilters,
  page: number,
  pageSize: number,
): HandWrittenQuery {
  // Live files only, as every list shows them: the list indexes are partial on this predicate,
  // so leaving it out would not save work but change the plans.
  const conditions: string[] = ['c.merged_into_id IS NULL'];
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  if (filters.q) conditions.push(nameSearch(filters.q, param));
  if (filters.orgUnitPath) {
    const path = param(`${escapeLike(filters.orgUnitPath)}%`);
    conditions.push(`c.org_unit_id IN (SELECT id FROM org_units WHERE path LIKE ${path})`);
  }
  if (filters.tier) conditions.push(`c.tier = ${param(filters.tier)}`);
  const where = `WHERE ${conditions.join(' AND ')}`;
  const countSql = `SELECT count(*) AS total FROM customers c ${where}`;
  const limit = param(pageSize);
  const offset = param((page - 1) * pageSize);
  const pageSql = `SELECT ${ITEM_COLUMNS}
    FROM customers c JOIN org_units ou ON ou.id = c.org_unit_id
    ${where}
    ORDER BY c.name, c.id
    LIMIT ${limit} OFFSET ${offset}`;
  // The count takes only the filter parameters, which come first.
  return { pageSql, countSql, params };
}

/** Runs page and count together, as the app does (PGlite serialises them anyway). */
export async function runHandWrittenList(
  query: (text: string, params: unknown[]) => Promise<Record<string, unknown>[]>,
  { pageSql, countSql, params }: HandWrittenQuery,
) {
  const filterParams = params.slice(0, -2);
  const [items, countRows] = await Promise.all([
    query(pageSql, params),
    query(countSql, filterParams),
  ]);
  return { items, total: Number(countRows[0]?.total ?? 0) };
}

/**
 * Name or short name contains q (two characters or more: narrowed by the GIN index of character
 * bigrams, then checked with ILIKE), or the credit code starts with it.
 */
function nameSearch(q: string, param: (value: unknown) => string): string {
  const pattern = param(`%${escapeLike(q)}%`);
  const substring = `(c.name ILIKE ${pattern} OR c.short_name ILIKE ${pattern})`;
  const byName =
    [...q].length >= 2
      ? `(c.name_bigrams @> patron_bigrams(${param(q)}::text) AND ${substring})`
      : substring;
  return `(${byName} OR c.credit_code LIKE ${param(`${escapeLike(q.toUpperCase())}%`)})`;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
