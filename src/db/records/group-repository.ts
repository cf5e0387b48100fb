import { sql, type SQL } from 'drizzle-orm';
import type { Tier } from '../../domain/customer-fields.ts';
import type { DbOrTx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';
import { parsedJson } from '../row-json.ts';

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

export type GroupParts = {
  /** The customer's group, if it has one and `readScope` lets the viewer read it. */
  parent: { id: number; name: string } | null;
  /** Its readable subsidiaries with their last-12-months purchases, nearest first. */
  subsidiaries: Subsidiary[];
  /** Totals over the customer and its readable subsidiaries; null without subsidiaries. */
  rollup: GroupRollup | null;
};

/**
 * The group parts of customer `groupId`'s 360 (C1.13) as one JSON value, a scalar subquery: the
 * tree is walked once for the list and the rollup, and the rollup, which reads every member's
 * orders, only when there are subsidiaries. `toGroupParts` reads the value.
 */
export function groupPartsJson(
  groupId: number,
  readScope: SQL,
  since12Months: string,
  limit: number,
): SQL {
  const inMembers = sql`customer_id IN (SELECT id FROM members)`;
  return sql`(${membersCte(groupId, readScope)}, listed AS (
        SELECT m.id, m.name, m.tier, m.parent_customer_id, m.depth FROM members m
        WHERE m.id <> ${groupId}
        ORDER BY m.depth, m.name, m.id
        LIMIT ${limit}
      )
      SELECT json_build_object(
        'parent', (
          SELECT json_build_object('id', customers.id, 'name', customers.name) FROM customers
          WHERE customers.id = (SELECT self.parent_customer_id FROM customers self
                                WHERE self.id = ${groupId})
            AND ${readScope}),
        'subsidiaries', (
          SELECT coalesce(json_agg(json_build_object(
                   'id', l.id, 'name', l.name, 'tier', l.tier,
                   'parentCustomerId', l.parent_customer_id, 'depth', l.depth,
                   'last12Months', coalesce(p.amount, 0)::numeric(20, 2)::text)
                 ORDER BY l.depth, l.name, l.id), '[]'::json)
          FROM listed l
          LEFT JOIN LATERAL (
            SELECT sum(t.amount) AS amount FROM transactions t
            WHERE t.customer_id = l.id AND t.occurred_on > ${since12Months}::date
          ) p ON TRUE),
        'rollup', CASE WHEN EXISTS (SELECT 1 FROM listed) THEN json_build_object(
          'subsidiaries', (SELECT count(*) FROM members WHERE id <> ${groupId}),
          'last12Months', (
            SELECT coalesce(sum(amount) FILTER (WHERE occurred_on > ${since12Months}::date), 0)
              ::numeric(20, 2)::text FROM transactions WHERE ${inMembers}),
          'lifetime', (SELECT coalesce(sum(amount), 0)::numeric(20, 2)::text
                       FROM transactions WHERE ${inMembers}),
          'contacts', (SELECT count(*) FROM contacts WHERE ${inMembers}),
          'projects', (SELECT count(*) FROM projects WHERE ${inMembers}),
          'contractValue', (SELECT coalesce(sum(contract_value), 0)::numeric(20, 2)::text
                            FROM projects WHERE ${inMembers}),
          'tiers', json_build_object(
            'A', (SELECT count(*) FROM members WHERE tier = 'A'),
            'B', (SELECT count(*) FROM members WHERE tier = 'B'),
            'C', (SELECT count(*) FROM members WHERE tier = 'C'),
            'D', (SELECT count(*) FROM members WHERE tier = 'D'),
            'none', (SELECT count(*) FROM members WHERE tier IS NULL))) END))`;
}

/** The parts of a `groupPartsJson` value. */
export function toGroupParts(value: unknown): GroupParts {
  const parts = parsedJson<GroupParts>(value);
  const n = (count: unknown) => Number(count ?? 0);
  const rollup = parts.rollup;
  return {
    parent: parts.parent && { id: Number(parts.parent.id), name: parts.parent.name },
    subsidiaries: parts.subsidiaries.map((s) => ({
      ...s,
      id: Number(s.id),
      parentCustomerId: Number(s.parentCustomerId),
      depth: Number(s.depth),
    })),
    rollup: rollup && {
      ...rollup,
      subsidiaries: n(rollup.subsidiaries),
      contacts: n(rollup.contacts),
      projects: n(rollup.projects),
      tiers: {
        A: n(rollup.tiers.A),
        B: n(rollup.tiers.B),
        C: n(rollup.tiers.C),
        D: n(rollup.tiers.D),
        none: n(rollup.tiers.none),
      },
    },
  };
}
