import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';
import {
  CUSTOMER_OWNED_COLUMNS,
  ownedKey,
  type CustomerOwnedColumn,
} from './customer-owned-tables.ts';

/**
 * What a merge moved, per `table.column` (ownedKey): row ids for `move`, user ids for `team`,
 * the source customer id for a `one-per-customer` row that moved, customer ids for `repoint`.
 * Stored in the merge's audit row; unmerge reads it back.
 */
export type MergeMoves = Record<string, number[]>;

const ident = (name: string) => sql.identifier(name);

/** One bigint[] parameter, however many ids (drizzle would expand a JS array into N params). */
function idArray(ids: readonly number[]): SQL {
  return sql`string_to_array(${ids.join(',')}, ',')::bigint[]`;
}

async function ids(tx: DbOrTx, query: SQL): Promise<number[]> {
  const rows = await queryRows<{ id: string | number }>(tx, query);
  return rows.map((row) => Number(row.id)).sort((a, b) => a - b);
}

function active(entry: CustomerOwnedColumn): boolean {
  return entry.policy !== 'never';
}

/** Moves everything of `sourceId` onto `targetId` by each column's policy. */
export async function moveOwnedRows(
  tx: DbOrTx,
  sourceId: number,
  targetId: number,
): Promise<MergeMoves> {
  const moves: MergeMoves = {};
  for (const entry of CUSTOMER_OWNED_COLUMNS.filter(active)) {
    const t = ident(entry.table);
    const c = ident(entry.column);
    let query: SQL;
    switch (entry.policy) {
      case 'move':
        query = sql`UPDATE ${t} SET ${c} = ${targetId} WHERE ${c} = ${sourceId} RETURNING id`;
        break;
      case 'team':
        // Members keep their team role and access level; one already on the target keeps theirs.
        query = sql`INSERT INTO ${t} (${c}, user_id, team_role, access_level, since)
          SELECT ${targetId}, user_id, team_role, access_level, since FROM ${t} WHERE ${c} = ${sourceId}
          ON CONFLICT DO NOTHING RETURNING user_id AS id`;
        break;
      case 'one-per-customer':
        query = sql`UPDATE ${t} SET ${c} = ${targetId} WHERE ${c} = ${sourceId}
          AND NOT EXISTS (SELECT 1 FROM ${t} WHERE ${c} = ${targetId}) RETURNING ${sourceId}::bigint AS id`;
        break;
      case 'repoint':
        // The target itself never points at itself (a group merged into its own subsidiary is
        // refused by the use case before we get here).
        query = sql`UPDATE ${t} SET ${c} = ${targetId} WHERE ${c} = ${sourceId} AND id <> ${targetId} RETURNING id`;
        break;
      default:
        continue;
    }
    moves[ownedKey(entry)] = await ids(tx, query);
  }
  return moves;
}

/**
 * Puts back exactly what `moves` lists, and only while it still hangs off the target: a row
 * deleted or moved elsewhere since is left alone. Returns what was restored, in the same shape.
 */
export async function restoreOwnedRows(
  tx: DbOrTx,
  moves: MergeMoves,
  sourceId: number,
  targetId: number,
): Promise<MergeMoves> {
  const restored: MergeMoves = {};
  for (const entry of CUSTOMER_OWNED_COLUMNS.filter(active)) {
    const moved = moves[ownedKey(entry)] ?? [];
    if (moved.length === 0) {
      restored[ownedKey(entry)] = [];
      continue;
    }
    const t = ident(entry.table);
    const c = ident(entry.column);
    let query: SQL;
    switch (entry.policy) {
      case 'move':
      case 'repoint':
        query = sql`UPDATE ${t} SET ${c} = ${sourceId} WHERE ${c} = ${targetId} AND id = ANY(${idArray(moved)}) RETURNING id`;
        break;
      case 'team':
        query = sql`DELETE FROM ${t} WHERE ${c} = ${targetId} AND user_id = ANY(${idArray(moved)}) RETURNING user_id AS id`;
        break;
      case 'one-per-customer':
        query = sql`UPDATE ${t} SET ${c} = ${sourceId} WHERE ${c} = ${targetId}
          AND NOT EXISTS (SELECT 1 FROM ${t} WHERE ${c} = ${sourceId}) RETURNING ${sourceId}::bigint AS id`;
        break;
      default:
        continue;
    }
    restored[ownedKey(entry)] = await ids(tx, query);
  }
  return restored;
}

/** How many rows a merge of `sourceId` into `targetId` would move, per `table.column`. */
export async function countMovableRows(
  db: DbOrTx,
  sourceId: number,
  targetId: number,
): Promise<Record<string, number>> {
  const parts = CUSTOMER_OWNED_COLUMNS.filter(active).map((entry) => {
    const t = ident(entry.table);
    const c = ident(entry.column);
    const key = ownedKey(entry);
    switch (entry.policy) {
      case 'team':
        return sql`SELECT ${key} AS key, count(*) AS n FROM ${t} s WHERE s.${c} = ${sourceId}
          AND NOT EXISTS (SELECT 1 FROM ${t} a WHERE a.${c} = ${targetId} AND a.user_id = s.user_id)`;
      case 'one-per-customer':
        return sql`SELECT ${key} AS key, count(*) AS n FROM ${t} WHERE ${c} = ${sourceId}
          AND NOT EXISTS (SELECT 1 FROM ${t} WHERE ${c} = ${targetId})`;
      case 'repoint':
        return sql`SELECT ${key} AS key, count(*) AS n FROM ${t} WHERE ${c} = ${sourceId} AND id <> ${targetId}`;
      default:
        return sql`SELECT ${key} AS key, count(*) AS n FROM ${t} WHERE ${c} = ${sourceId}`;
    }
  });
  const rows = await queryRows<{ key: string; n: string | number }>(
    db,
    sql.join(parts, sql` UNION ALL `),
  );
  return Object.fromEntries(rows.map((row) => [row.key, Number(row.n)]));
}

/** The source's own one-per-customer rows that stay behind (the target keeps its own). */
export async function keptSourceRows(
  db: DbOrTx,
  sourceId: number,
  moves: MergeMoves,
): Promise<Record<string, unknown>> {
  const kept: Record<string, unknown> = {};
  for (const entry of CUSTOMER_OWNED_COLUMNS) {
    if (entry.policy !== 'one-per-customer' || (moves[ownedKey(entry)] ?? []).length > 0) continue;
    const [row] = await queryRows<Record<string, unknown>>(
      db,
      sql`SELECT * FROM ${ident(entry.table)} WHERE ${ident(entry.column)} = ${sourceId}`,
    );
    if (row) kept[ownedKey(entry)] = row;
  }
  return kept;
}
