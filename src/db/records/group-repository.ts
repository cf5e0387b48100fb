import { sql, type SQL } from 'drizzle-orm';
import type { Tier } from '../../domain/customer-fields.ts';
import type { DbOrTx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';

/**
 * C1.13 集团客户: customers.parent_customer_id forms a forest. Walks stop at MAX_DEPTH levels,
 * so even a loop that slipped in by hand would end; the write path refuses loops.
 */
const MAX_DEPTH = 10;

// Any constant; shared by every writer of group links (see lockGroupLinks).
const GROUP_LINK_LOCK = 7242013;

/**
 * Serialises changes of group links for the rest of the transaction: two concurrent edits
 * (A under B, B under A) would each pass the loop check alone and make a loop together.
 */
export async function lockGroupLinks(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${GROUP_LINK_LOCK})`);
}

/** Whether making `parentId` the parent of `customerId` would close a loop (or is itself). */
export async function wouldCloseLoop(
  db: DbOrTx,
  customerId: number,
  parentId: number,
): Promise<boolean> {
  const [row] = await queryRows<{ loop: boolean }>(
    db,
    sql`
      WITH RECURSIVE up(id, depth) AS (
        SELECT ${parentId}::bigint, 0
        UNION ALL
        SELECT c.parent_customer_id, up.depth + 1
        FROM customers c JOIN up ON c.id = up.id
        WHERE c.parent_customer_id IS NOT NULL AND up.depth < ${MAX_DEPTH * 10}
      )
      SELECT EXISTS (SELECT 1 FROM up WHERE id = ${customerId}) AS loop`,
  );
  return row?.loop === true;
}

/**
 * `members`: the group and every subsidiary below it (any depth) that `readScope` lets the
 * viewer read. The tree is walked unscoped — a readable grandchild under an unreadable child
 * still belongs to the group — by a function that runs past row-level security and returns
 * ids only (migration 0015); the scope, and the policies, filter the members.
 */
function membersCte(groupId: number, readScope: SQL): SQL {
  return sql`
    WITH down AS (
      SELECT id, depth FROM patron_group_member_ids(${groupId}::bigint, ${MAX_DEPTH}::integer)
    ), members AS (
      -- Two index probes, not an OR over a join, so no customer row is scanned needlessly.
      SELECT customers.id, customers.name, customers.tier, customers.parent_customer_id, 0 AS depth
      FROM customers WHERE customers.id = ${groupId} AND ${readScope}
      UNION ALL
      SELECT customers.id, customers.name, customers.tier, customers.parent_customer_id, down.depth
      FROM down JOIN customers ON customers.id = down.id
      WHERE ${readScope}
    )`;
}

export type Subsidiary = {
  id: number;
  name: string;
  tier: Tier | null;
  parentCustomerId: number;
  depth: number;
  last12Months: string;
};

/** The readable subsidiaries of a group with their last-12-months purchases, nearest first. */
export async function readableSubsidiaries(
  db: DbOrTx,
  groupId: number,
  readScope: SQL,
  since12Months: string,
  limit: number,
): Promise<Subsidiary[]> {
  const rows = await queryRows<{
    id: unknown;
    name: string;
    tier: Tier | null;
    parent_customer_id: unknown;
    depth: unknown;
    last12: string;
  }>(
    db,
    sql`${membersCte(groupId, readScope)}
      SELECT m.id, m.name, m.tier, m.parent_customer_id, m.depth,
             coalesce(p.amount, 0)::numeric(20, 2)::text AS last12
      FROM members m
      LEFT JOIN LATERAL (
        SELECT sum(t.amount) AS amount FROM transactions t
        WHERE t.customer_id = m.id AND t.occurred_on > ${since12Months}::date
      ) p ON TRUE
      WHERE m.id <> ${groupId}
      ORDER BY m.depth, m.name, m.id
      LIMIT ${limit}`,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    name: r.name,
    tier: r.tier,
    parentCustomerId: Number(r.parent_customer_id),
    depth: Number(r.depth),
    last12Months: r.last12,
  }));
}

export type GroupRollup = {
  /** Readable subsidiaries counted (the group itself is not one). */
  subsidiaries: number;
  last12Months: string;
  lifetime: string;
  contacts: number;
  projects: number;
  contractValue: string;
  tiers: { A: number; B: number; C: number; D: number; none: number };
};

/** Totals over the group and its readable subsidiaries, each keyed by customer_id. */
export async function groupRollup(
  db: DbOrTx,
  groupId: number,
  readScope: SQL,
  since12Months: string,
): Promise<GroupRollup> {
  const [row] = await queryRows<Record<string, unknown>>(
    db,
    sql`${membersCte(groupId, readScope)}
      SELECT
        (SELECT count(*) FROM members WHERE id <> ${groupId}) AS subsidiaries,
        (SELECT coalesce(sum(amount) FILTER (WHERE occurred_on > ${since12Months}::date), 0)
           ::numeric(20, 2)::text FROM transactions
         WHERE customer_id IN (SELECT id FROM members)) AS last12,
        (SELECT coalesce(sum(amount), 0)::numeric(20, 2)::text FROM transactions
         WHERE customer_id IN (SELECT id FROM members)) AS lifetime,
        (SELECT count(*) FROM contacts WHERE customer_id IN (SELECT id FROM members)) AS contacts,
        (SELECT count(*) FROM projects WHERE customer_id IN (SELECT id FROM members)) AS projects,
        (SELECT coalesce(sum(contract_value), 0)::numeric(20, 2)::text FROM projects
         WHERE customer_id IN (SELECT id FROM members)) AS contract_value,
        (SELECT count(*) FROM members WHERE tier = 'A') AS tier_a,
        (SELECT count(*) FROM members WHERE tier = 'B') AS tier_b,
        (SELECT count(*) FROM members WHERE tier = 'C') AS tier_c,
        (SELECT count(*) FROM members WHERE tier = 'D') AS tier_d,
        (SELECT count(*) FROM members WHERE tier IS NULL) AS tier_none`,
  );
  const n = (key: string) => Number(row?.[key] ?? 0);
  return {
    subsidiaries: n('subsidiaries'),
    last12Months: String(row?.last12 ?? '0.00'),
    lifetime: String(row?.lifetime ?? '0.00'),
    contacts: n('contacts'),
    projects: n('projects'),
    contractValue: String(row?.contract_value ?? '0.00'),
    tiers: { A: n('tier_a'), B: n('tier_b'), C: n('tier_c'), D: n('tier_d'), none: n('tier_none') },
  };
}
