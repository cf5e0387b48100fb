import { sql } from 'drizzle-orm';
import type { Role } from '../domain/roles.ts';
import type { DbHandle } from '../db/db-types.ts';
import { confidentialityAcceptances, orgUnits } from '../db/schema/index.ts';
import { AGREEMENT_VERSION } from '../domain/confidentiality/agreement.ts';
import { insertUser } from '../db/users/user-repository.ts';
import { hashPassword } from '../app/auth/password.ts';
import type { UserActor } from '../app/context.ts';

export const TEST_PASSWORD = 'Test-password-1';

export type TestOrg = {
  hq: { id: number; path: string };
  east: { id: number; path: string };
  north: { id: number; path: string };
  users: Record<TestUserName, UserActor>;
};

type TestUserName =
  | 'admin'
  | 'director'
  | 'committee'
  | 'auditor'
  | 'rmEast'
  | 'kamEast1'
  | 'kamEast2'
  | 'supportEast'
  | 'secEast'
  | 'rmNorth'
  | 'kamNorth';

const PEOPLE: [TestUserName, string, 'hq' | 'east' | 'north', Role[]][] = [
  ['admin', 'admin', 'hq', ['admin']],
  ['director', 'director', 'hq', ['director']],
  ['committee', 'committee', 'hq', ['committee']],
  ['auditor', 'auditor', 'hq', ['auditor']],
  ['rmEast', 'rm.east', 'east', ['regional_manager']],
  ['kamEast1', 'kam.east.1', 'east', ['ka_manager']],
  ['kamEast2', 'kam.east.2', 'east', ['ka_manager']],
  ['supportEast', 'support.east', 'east', ['support']],
  ['secEast', 'sec.east', 'east', ['secretary']],
  ['rmNorth', 'rm.north', 'north', ['regional_manager']],
  ['kamNorth', 'kam.north.1', 'north', ['ka_manager']],
];

/** HQ with two regions and one user per role, all with TEST_PASSWORD. */
export async function seedOrg(handle: DbHandle): Promise<TestOrg> {
  const db = handle.db;
  const [hqRow] = await db
    .insert(orgUnits)
    .values({ code: 'HQ', name: '总部', kind: 'head_office', path: '/' })
    .returning();
  const hq = { id: hqRow!.id, path: `/${hqRow!.id}/` };
  await db
    .update(orgUnits)
    .set({ path: hq.path })
    .where(sql`id = ${hq.id}`);
  const region = async (code: string, name: string) => {
    const [row] = await db
      .insert(orgUnits)
      .values({ code, name, kind: 'region', parentId: hq.id, path: '/' })
      .returning();
    const path = `${hq.path}${row!.id}/`;
    await db
      .update(orgUnits)
      .set({ path })
      .where(sql`id = ${row!.id}`);
    return { id: row!.id, path };
  };
  const east = await region('EAST', '华东大区');
  const north = await region('NORTH', '华北大区');
  const units = { hq, east, north };
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const users = {} as Record<TestUserName, UserActor>;
  for (const [key, username, unit, roles] of PEOPLE) {
    const userId = await insertUser(
      db,
      {
        username,
        displayName: username,
        passwordHash,
        orgUnitId: units[unit].id,
        createdAt: new Date(),
      },
      roles,
    );
    users[key] = {
      kind: 'user',
      userId,
      username,
      displayName: username,
      roles,
      orgUnitId: units[unit].id,
      orgUnitPath: units[unit].path,
    };
  }
  // Every test user has accepted the confidentiality agreement, so tests reach customer data;
  // confidentiality-agreement.http.test.ts signs in a user of its own who has not.
  await db.insert(confidentialityAcceptances).values(
    Object.values(users).map((user) => ({
      userId: user.userId,
      version: AGREEMENT_VERSION,
      acceptedAt: new Date(),
      ip: null,
    })),
  );
  return { ...units, users };
}
