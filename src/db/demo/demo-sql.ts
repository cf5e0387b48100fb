import { sql, type SQL } from 'drizzle-orm';

// SQL pieces of the set-based demo generators (invoices, credit, needs, projects, timeline).

/**
 * One of `items`, chosen by the integer SQL expression `by` (≥ 0): how the set-based demo
 * generators vary their texts by row id without a random stream.
 */
export function pickText(items: readonly string[], by: SQL): SQL {
  const array = sql`ARRAY[${sql.join(
    items.map((item) => sql`${item}`),
    sql`, `,
  )}]::text[]`;
  return sql`(${array})[1 + ((${by}) % ${items.length})::int]`;
}

/** The instant of `day` (a SQL date) at `hour` o'clock in Beijing (UTC+8, no daylight saving). */
export function beijingAt(day: SQL, hour: number): SQL {
  return sql`((${day})::timestamp + ${`${hour - 8} hours`}::interval) AT TIME ZONE 'UTC'`;
}

/** The account's KA manager with edit access (the lowest user id if several): who wrote it. */
export function accountManager(customerId: SQL): SQL {
  return sql`SELECT min(t.user_id) AS user_id FROM customer_team t
    WHERE t.customer_id = ${customerId} AND t.team_role = 'manager' AND t.access_level = 'edit'`;
}
