import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db-types.ts';
import { confidentialityAcceptances } from '../schema/index.ts';

/** Whether the user accepted this version of the confidentiality agreement (C7.6). */
export async function hasAcceptedAgreement(
  db: DbOrTx,
  userId: number,
  version: string,
): Promise<boolean> {
  const rows = await db
    .select({ userId: confidentialityAcceptances.userId })
    .from(confidentialityAcceptances)
    .where(
      and(
        eq(confidentialityAcceptances.userId, userId),
        eq(confidentialityAcceptances.version, version),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/**
 * Records an acceptance; false when this user had already accepted this version (the first
 * acceptance is the one that counts, so a second click changes nothing).
 */
export async function insertAgreementAcceptance(
  tx: DbOrTx,
  row: { userId: number; version: string; acceptedAt: Date; ip: string | null },
): Promise<boolean> {
  const inserted = await tx
    .insert(confidentialityAcceptances)
    .values(row)
    .onConflictDoNothing()
    .returning({ userId: confidentialityAcceptances.userId });
  return inserted.length > 0;
}

/** Every existing user accepts `version` at `at`: the demo loader's staff, loaded in bulk. */
export async function acceptAgreementForAllUsers(
  db: DbOrTx,
  version: string,
  at: Date,
): Promise<void> {
  await db.execute(
    sql`INSERT INTO confidentiality_acceptances (user_id, version, accepted_at)
        SELECT id, ${version}, ${at.toISOString()}::timestamptz FROM users
        ON CONFLICT DO NOTHING`,
  );
}
