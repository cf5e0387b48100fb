import { and, eq, isNotNull, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { userTotp } from '../schema/index.ts';
import type { DbOrTx } from '../db-types.ts';

export type TotpRow = typeof userTotp.$inferSelect;

export async function findTotp(db: DbOrTx, userId: number): Promise<TotpRow | undefined> {
  const [row] = await db.select().from(userTotp).where(eq(userTotp.userId, userId));
  return row;
}

/**
 * Stores a new, unconfirmed secret; an earlier unconfirmed one is replaced, a confirmed one
 * never is (false then): replacing a working factor takes an administrator's reset.
 */
export async function savePendingTotp(
  tx: DbOrTx,
  row: { userId: number; keyId: string; sealedSecret: string; createdAt: Date },
): Promise<boolean> {
  const saved = await tx
    .insert(userTotp)
    .values({ ...row, confirmedAt: null, lastUsedStep: null, recoveryCodeHashes: [] })
    .onConflictDoUpdate({
      target: userTotp.userId,
      set: {
        keyId: row.keyId,
        sealedSecret: row.sealedSecret,
        createdAt: row.createdAt,
        lastUsedStep: null,
        recoveryCodeHashes: [],
      },
      setWhere: isNull(userTotp.confirmedAt),
    })
    .returning({ userId: userTotp.userId });
  return saved.length > 0;
}

const laterStep = (step: number) =>
  or(isNull(userTotp.lastUsedStep), lt(userTotp.lastUsedStep, step));

/** Confirms a pending secret with the step of its first code; false if it was not pending. */
export async function confirmTotp(
  tx: DbOrTx,
  userId: number,
  input: { step: number; recoveryCodeHashes: string[]; at: Date },
): Promise<boolean> {
  const done = await tx
    .update(userTotp)
    .set({
      confirmedAt: input.at,
      lastUsedStep: input.step,
      recoveryCodeHashes: input.recoveryCodeHashes,
    })
    .where(and(eq(userTotp.userId, userId), isNull(userTotp.confirmedAt), laterStep(input.step)))
    .returning({ userId: userTotp.userId });
  return done.length > 0;
}

/**
 * Records the step of an accepted code, only if it is later than the last one: of two requests
 * with the same code, one wins and the other finds nothing to update (a replay).
 */
export async function useTotpStep(tx: DbOrTx, userId: number, step: number): Promise<boolean> {
  const done = await tx
    .update(userTotp)
    .set({ lastUsedStep: step })
    .where(and(eq(userTotp.userId, userId), isNotNull(userTotp.confirmedAt), laterStep(step)))
    .returning({ userId: userTotp.userId });
  return done.length > 0;
}

/** Removes a recovery code by its hash; false when the user holds no such (unused) code. */
export async function useRecoveryCode(tx: DbOrTx, userId: number, hash: string): Promise<boolean> {
  const done = await tx
    .update(userTotp)
    .set({ recoveryCodeHashes: sql`array_remove(${userTotp.recoveryCodeHashes}, ${hash})` })
    .where(
      and(
        eq(userTotp.userId, userId),
        isNotNull(userTotp.confirmedAt),
        sql`${hash} = ANY(${userTotp.recoveryCodeHashes})`,
      ),
    )
    .returning({ userId: userTotp.userId });
  return done.length > 0;
}

/** A confirmed factor set up without the enrolment screens (the demo's users). */
export async function insertConfirmedTotp(
  tx: DbOrTx,
  row: { userId: number; keyId: string; sealedSecret: string; createdAt: Date },
): Promise<void> {
  await tx.insert(userTotp).values({ ...row, confirmedAt: row.createdAt, recoveryCodeHashes: [] });
}

export async function deleteTotp(tx: DbOrTx, userId: number): Promise<boolean> {
  const gone = await tx
    .delete(userTotp)
    .where(eq(userTotp.userId, userId))
    .returning({ userId: userTotp.userId });
  return gone.length > 0;
}

/** How many TOTP secrets each key sealed, for `patron keys status`. */
export async function countTotpSecretsByKey(db: DbOrTx) {
  const rows = await db
    .select({ keyId: userTotp.keyId, rows: sql<string>`count(*)` })
    .from(userTotp)
    .groupBy(userTotp.keyId);
  return rows.map((row) => ({ keyId: row.keyId, rows: Number(row.rows) }));
}

/** Every TOTP secret not sealed with `currentKeyId` (one row per user: few, no paging). */
export async function totpSecretsNotSealedWith(db: DbOrTx, currentKeyId: string) {
  return db
    .select({ userId: userTotp.userId, keyId: userTotp.keyId, sealedSecret: userTotp.sealedSecret })
    .from(userTotp)
    .where(ne(userTotp.keyId, currentKeyId))
    .orderBy(userTotp.userId);
}

/** Re-seals one secret if nobody enrolled anew meanwhile (then it is sealed with the current key). */
export async function replaceTotpSealIfUnchanged(
  tx: DbOrTx,
  old: { userId: number; keyId: string; sealedSecret: string },
  next: { keyId: string; sealed: string },
): Promise<boolean> {
  const rows = await tx
    .update(userTotp)
    .set({ keyId: next.keyId, sealedSecret: next.sealed })
    .where(
      and(
        eq(userTotp.userId, old.userId),
        eq(userTotp.keyId, old.keyId),
        eq(userTotp.sealedSecret, old.sealedSecret),
      ),
    )
    .returning({ userId: userTotp.userId });
  return rows.length === 1;
}
