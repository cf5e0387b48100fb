import { and, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import { orgUnits, sessions, userRoles, users } from '../schema/index.ts';
import type { DbOrTx } from '../db-types.ts';

const rolesAgg = sql<
  string[]
>`coalesce((SELECT array_agg(ur.role ORDER BY ur.role) FROM user_roles ur WHERE ur.user_id = ${users.id}), '{}')`;

/** Has a confirmed TOTP factor: sign-in then always asks for a code. */
const totpEnrolled = sql<boolean>`EXISTS (SELECT 1 FROM user_totp t WHERE t.user_id = ${users.id} AND t.confirmed_at IS NOT NULL)`;

// users.failed_logins and users.locked_until (migration 0001) are no longer read or written:
// throttling is by key in sign_in_throttle, so unknown usernames lock exactly like known ones.
const userColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  passwordHash: users.passwordHash,
  disabledAt: users.disabledAt,
  orgUnitId: users.orgUnitId,
  orgUnitCode: orgUnits.code,
  orgUnitName: orgUnits.name,
  orgUnitKind: orgUnits.kind,
  orgUnitPath: orgUnits.path,
  roles: rolesAgg,
  totpEnrolled,
};

export type UserRecord = Awaited<ReturnType<typeof findUserByUsername>> & {};

export async function findUserByUsername(db: DbOrTx, username: string) {
  const [row] = await db
    .select(userColumns)
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
    .where(sql`lower(${users.username}) = lower(${username})`);
  return row;
}

/**
 * The signed-in user behind a live session, in one query (it runs on every request): the idle
 * deadline (`expires_at`) and the absolute one (`created_at` after `createdAfter`) both ahead,
 * the account not disabled.
 */
export async function findUserBySession(
  db: DbOrTx,
  tokenHash: string,
  now: Date,
  createdAfter: Date,
) {
  const [row] = await db
    .select({
      ...userColumns,
      sessionCreatedAt: sessions.createdAt,
      sessionLastSeenAt: sessions.lastSeenAt,
      sessionExpiresAt: sessions.expiresAt,
      secondFactorAt: sessions.secondFactorAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
    .where(
      and(
        eq(sessions.tokenHash, tokenHash),
        gt(sessions.expiresAt, now),
        gt(sessions.createdAt, createdAfter),
        isNull(users.disabledAt),
      ),
    );
  return row;
}

export async function listUsers(db: DbOrTx) {
  return db
    .select(userColumns)
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
    .orderBy(orgUnits.path, users.username);
}

export async function insertUser(
  tx: DbOrTx,
  user: {
    username: string;
    displayName: string;
    passwordHash: string;
    orgUnitId: number;
    createdAt: Date;
  },
  roles: readonly string[],
): Promise<number> {
  const [row] = await tx.insert(users).values(user).returning({ id: users.id });
  if (!row) throw new Error('insert returned no row');
  if (roles.length > 0)
    await tx.insert(userRoles).values(roles.map((role) => ({ userId: row.id, role })));
  return row.id;
}

export async function setPasswordHash(tx: DbOrTx, userId: number, passwordHash: string) {
  await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
}

export async function setDisabled(tx: DbOrTx, userId: number, at: Date | null) {
  await tx.update(users).set({ disabledAt: at }).where(eq(users.id, userId));
}

export async function insertSession(tx: DbOrTx, session: typeof sessions.$inferInsert) {
  await tx.insert(sessions).values(session);
}

export async function findSession(db: DbOrTx, tokenHash: string) {
  const [row] = await db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash));
  return row;
}

export async function touchSession(
  db: DbOrTx,
  tokenHash: string,
  lastSeenAt: Date,
  expiresAt: Date,
) {
  await db.update(sessions).set({ lastSeenAt, expiresAt }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: DbOrTx, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSessionsOfUser(db: DbOrTx, userId: number) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Every session of the user but the one making the change (a password change ends the rest). */
export async function deleteOtherSessionsOfUser(db: DbOrTx, userId: number, keepTokenHash: string) {
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, keepTokenHash)));
}
