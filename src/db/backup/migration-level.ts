import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';

/** Which migrations a database has applied: drizzle's bookkeeping, count and last entry. */
export type MigrationLevel = { count: number; lastHash: string | null };

export async function migrationLevel(db: DbOrTx): Promise<MigrationLevel> {
  const rows = await queryRows<{ hash: string }>(
    db,
    sql`SELECT hash FROM drizzle.__drizzle_migrations ORDER BY created_at, id`,
  );
  return { count: rows.length, lastHash: rows.at(-1)?.hash ?? null };
}

export function sameMigrationLevel(a: MigrationLevel, b: MigrationLevel): boolean {
  return a.count === b.count && a.lastHash === b.lastHash;
}
