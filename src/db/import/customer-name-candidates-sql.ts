import { sql, type SQL } from 'drizzle-orm';
import { DUPLICATE_SCORE_THRESHOLD } from '../../domain/duplicate-names.ts';
import { bigramDiceSql, coreNameSql } from '../data-quality/name-core-sql.ts';
import type { Tx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';

export type StagedNameCandidate = {
  row: number;
  name: string;
  candidateId: number;
  candidateName: string;
  score: number;
};

/**
 * Existing customers whose name is likely the same organisation as a *new* customer of the
 * file (C1.11's rule: core-name score ≥ threshold, same province, compatible city), only among
 * those the actor may read. Blocked by province and the core's first and last two characters,
 * as the pair listing is (docs/data-quality.md), so it is one hash join rather than a lookup
 * per row. A warning for the report; it does not stop the import.
 */
export async function stagedNameCandidates(
  tx: Tx,
  readScope: SQL,
  hasCity: boolean,
  limit: number,
): Promise<StagedNameCandidate[]> {
  const city = hasCity ? sql`s.city` : sql`NULL::text`;
  const rows = await queryRows<{
    row_no: number;
    name: string;
    id: string | number;
    candidate: string;
    score: number;
  }>(
    tx,
    sql`WITH fresh AS MATERIALIZED (
          SELECT s.row_no, s.name, s.province, ${city} AS city,
            ${coreNameSql(sql`s.name`, sql`s.province`, city)} AS core
          FROM import_customers s
          WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE c.credit_code = s.credit_code)
        ), fresh_keyed AS (
          SELECT *, left(core, 2) AS head, right(core, 2) AS tail FROM fresh WHERE core <> ''
        ), known AS MATERIALIZED (
          SELECT customers.id, customers.name, customers.province, customers.city,
            ${coreNameSql(sql`customers.name`, sql`customers.province`, sql`customers.city`)} AS core
          FROM customers
          WHERE ${readScope} AND customers.province IN (SELECT province FROM fresh)
        ), known_keyed AS (
          SELECT *, left(core, 2) AS head, right(core, 2) AS tail FROM known WHERE core <> ''
        ), scored AS (
          SELECT f.row_no, f.name, k.id, k.name AS candidate,
            ${bigramDiceSql(sql`f.core`, sql`k.core`)} AS score
          FROM fresh_keyed f JOIN known_keyed k
            ON k.province = f.province AND k.head = f.head AND k.tail = f.tail
           AND (f.city IS NULL OR k.city IS NULL OR f.city = k.city)
        )
        SELECT row_no, name, id, candidate, score FROM scored
        WHERE score >= ${DUPLICATE_SCORE_THRESHOLD}
        ORDER BY row_no, score DESC, id LIMIT ${limit}`,
  );
  return rows.map((r) => ({
    row: Number(r.row_no),
    name: r.name,
    candidateId: Number(r.id),
    candidateName: r.candidate,
    score: Number(r.score),
  }));
}
