import { sql, type SQL } from 'drizzle-orm';
import { coreName, DUPLICATE_SCORE_THRESHOLD } from '../../domain/duplicate-names.ts';
import type { DbOrTx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';
import { idsHoldingBigrams } from '../customers/name-search.ts';
import { bigramDiceSql, coreNameSql } from './name-core-sql.ts';

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Cheap, index-served superset of the names that can score high: names holding the core's
 * first and last character pairs (the key the pair listing blocks on), or its second and
 * second-to-last (so one wrong character at either end is still found). Served by the GIN
 * index on `name_bigrams` (migration 0003), which works in any locale. pg_trgm's `%` was
 * measured as the prefilter too and dropped: see docs/data-quality.md.
 */
function prefilter(core: string, policiesBind: boolean): SQL {
  const grams = [...core.toLowerCase()].flatMap((c, i, all) =>
    i + 1 < all.length ? [c + all[i + 1]] : [],
  );
  if (grams.length === 0) {
    return core === '' ? sql`FALSE` : sql`customers.name LIKE ${'%' + escapeLike(core) + '%'}`;
  }
  const pairs = [[grams[0]!, grams[grams.length - 1]!]];
  if (grams.length >= 3) pairs.push([grams[1]!, grams[grams.length - 2]!]);
  const arrays = pairs.map(([a, b]) => sql`ARRAY[${a}, ${b}]::text[]`);
  const holding = sql`(${sql.join(
    arrays.map((grams) => sql`customers.name_bigrams @> ${grams}`),
    sql` OR `,
  )})`;
  if (!policiesBind) return holding;
  // Under a policy the containment cannot use the index (name-search.ts): ids first.
  const ids = sql.join(arrays.map(idsHoldingBigrams), sql` UNION ALL `);
  return sql`(customers.id IN (${ids}) AND ${holding})`;
}

export type NameCandidateQuery = {
  scope: SQL;
  /** Row-level security filters the statement (a scoped reader on PostgreSQL): name-search.ts. */
  policiesBind: boolean;
  name: string;
  province?: string | undefined;
  city?: string | undefined;
  excludeId?: number | undefined;
  limit: number;
};

/**
 * Customers in `scope` whose name is likely the same organisation as `name`: same province
 * (when given), a compatible city, and a core-name score ≥ DUPLICATE_SCORE_THRESHOLD.
 */
export async function findNameCandidates(db: DbOrTx, query: NameCandidateQuery) {
  const core = coreName(query.name, query.province, query.city);
  const province = query.province ?? null;
  const city = query.city ?? null;
  const rows = await queryRows<{ id: string | number; score: number }>(
    db,
    sql`WITH q AS (
        SELECT ${coreNameSql(sql`${query.name}::text`, sql`${province}::text`, sql`${city}::text`)} AS core
      ), cand AS (
        SELECT customers.id,
          ${coreNameSql(sql`customers.name`, sql`customers.province`, sql`customers.city`)} AS core
        FROM customers
        WHERE ${query.scope}
          AND customers.id <> ${query.excludeId ?? 0}
          AND (${province}::text IS NULL OR customers.province = ${province})
          AND (${city}::text IS NULL OR customers.city IS NULL OR customers.city = ${city})
          AND ${prefilter(core, query.policiesBind)}
      ), scored AS (
        SELECT cand.id, ${bigramDiceSql(sql`cand.core`, sql`q.core`)} AS score FROM cand, q
      )
      SELECT id, score FROM scored WHERE score >= ${DUPLICATE_SCORE_THRESHOLD}
      ORDER BY score DESC, id LIMIT ${query.limit}`,
  );
  return rows.map((row) => ({ id: Number(row.id), score: Number(row.score) }));
}

export type DuplicatePairQuery = {
  scope: SQL;
  /** Restrict to customers of this org unit subtree. */
  orgUnitPath?: string | undefined;
  limit: number;
  offset: number;
};

/**
 * Likely duplicate pairs among the customers in `scope`. Candidates are blocked by province and
 * the first and last two characters of the core name (a hash join, linear in the customers),
 * then scored. Both customers of a pair are in scope. Measured in docs/data-quality.md.
 */
export async function listDuplicatePairs(db: DbOrTx, query: DuplicatePairQuery) {
  const unit = query.orgUnitPath
    ? sql`AND customers.org_unit_id IN (SELECT ou.id FROM org_units ou WHERE ou.path LIKE ${escapeLike(query.orgUnitPath) + '%'})`
    : sql``;
  const rows = await queryRows<{
    a_id: string | number;
    b_id: string | number;
    score: number;
    total: string | number;
  }>(
    db,
    sql`WITH scoped AS MATERIALIZED (
        SELECT customers.id, customers.province, customers.city,
          ${coreNameSql(sql`customers.name`, sql`customers.province`, sql`customers.city`)} AS core
        FROM customers WHERE ${query.scope} ${unit}
      ), keyed AS (
        SELECT id, province, city, core, left(core, 2) AS head, right(core, 2) AS tail
        FROM scoped WHERE core <> ''
      ), pairs AS (
        SELECT a.id AS a_id, b.id AS b_id, ${bigramDiceSql(sql`a.core`, sql`b.core`)} AS score
        FROM keyed a JOIN keyed b
          ON a.province = b.province AND a.head = b.head AND a.tail = b.tail AND a.id < b.id
         AND (a.city IS NULL OR b.city IS NULL OR a.city = b.city)
      )
      SELECT a_id, b_id, score, count(*) OVER () AS total FROM pairs
      WHERE score >= ${DUPLICATE_SCORE_THRESHOLD}
      ORDER BY score DESC, a_id, b_id LIMIT ${query.limit} OFFSET ${query.offset}`,
  );
  return {
    pairs: rows.map((row) => ({
      aId: Number(row.a_id),
      bId: Number(row.b_id),
      score: Number(row.score),
    })),
    total: Number(rows[0]?.total ?? 0),
  };
}
