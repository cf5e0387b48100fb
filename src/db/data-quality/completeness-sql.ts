import { and, gt, lte, sql, type SQL } from 'drizzle-orm';
import { COMPLETENESS_ENTRIES, KEY_ACCOUNT_STATUSES } from '../../domain/completeness.ts';
import { customers } from '../schema/index.ts';
import type { DbOrTx } from '../db-types.ts';

/**
 * The completeness score of `customers` rows as one SQL expression, generated from
 * COMPLETENESS_ENTRIES so it cannot drift from `completenessOf` (a test compares them).
 * Integer arithmetic, like the TypeScript: ⌊(200·filled + total) / (2·total)⌋.
 */
export function completenessSql(): SQL {
  const isKeyAccount = sql`(${customers.lifecycleStatus} IN (${sql.join(
    KEY_ACCOUNT_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  )}) OR ${customers.kaLevel} <> 'none')`;
  const filledParts: SQL[] = [];
  let always = 0;
  let kaOnly = 0;
  for (const entry of COMPLETENESS_ENTRIES) {
    const column = customers[entry.field];
    const filled = sql`nullif(btrim(${column}::text), '') IS NOT NULL`;
    const applies = entry.keyAccountsOnly ? sql`${filled} AND ${isKeyAccount}` : filled;
    filledParts.push(sql`(CASE WHEN ${applies} THEN ${sql.raw(String(entry.weight))} ELSE 0 END)`);
    if (entry.keyAccountsOnly) kaOnly += entry.weight;
    else always += entry.weight;
  }
  const filled = sql`(${sql.join(filledParts, sql` + `)})`;
  const total = sql`(${sql.raw(String(always))} + CASE WHEN ${isKeyAccount} THEN ${sql.raw(String(kaOnly))} ELSE 0 END)`;
  return sql`(CASE WHEN ${total} = 0 THEN 100 ELSE (200 * ${filled} + ${total}) / (2 * ${total}) END)::int`;
}

export const RECOMPUTE_BATCH = 20_000;

/**
 * Recomputes `completeness` for every customer, set-wise, in id ranges of `batch` rows (one
 * statement each, so a million rows never sit in one huge transaction, and PGlite's memory
 * stays flat). Rows whose score is already right are not rewritten. Neither `version` nor
 * `updated_at` changes: the score is derived, not an edit. Returns the number of rows changed.
 */
export async function recomputeAllCompleteness(
  db: DbOrTx,
  options: { batch?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<number> {
  const batch = options.batch ?? RECOMPUTE_BATCH;
  const [bounds] = await db
    .select({
      min: sql<string | null>`min(${customers.id})`,
      max: sql<string | null>`max(${customers.id})`,
    })
    .from(customers);
  if (!bounds?.min || !bounds.max) return 0;
  const min = Number(bounds.min);
  const max = Number(bounds.max);
  const score = completenessSql();
  let changed = 0;
  for (let from = min - 1; from < max; from += batch) {
    const rows = await db
      .update(customers)
      .set({ completeness: score })
      .where(
        and(
          gt(customers.id, from),
          lte(customers.id, from + batch),
          sql`${customers.completeness} IS DISTINCT FROM ${score}`,
        ),
      )
      .returning({ id: customers.id });
    changed += rows.length;
    options.onProgress?.(Math.min(from + batch, max) - min + 1, max - min + 1);
  }
  return changed;
}
