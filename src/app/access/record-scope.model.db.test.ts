import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { ROLES, type Role } from '../../domain/roles.ts';
import type { DbHandle } from '../../db/db-types.ts';
import { queryRows } from '../../db/query-rows.ts';
import { customers, customerTeam, orgUnits, userRoles, users } from '../../db/schema/index.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import { uniqueCreditCode } from '../../testing/build-customer.ts';
import type { UserActor } from '../context.ts';
import { customerReadScope, customerWriteScope } from './record-scope.ts';

/**
 * Model test of the record scope (SPEC C7.2, docs/access.md): random org trees, users with
 * random role sets, customers with random account teams, some merged away. The oracle below is
 * written from the docs' role table alone, over the tree's parent links (not the materialised
 * paths the SQL uses), and must agree with `customerReadScope` / `customerWriteScope` run in SQL
 * over the seeded rows, for every (user, customer) pair of every world.
 */

type TeamRow = {
  teamRole: 'manager' | 'support' | 'executive_sponsor';
  accessLevel: 'read' | 'edit';
};
type World = {
  /** parents[i] is the index of unit i+1's parent (always an earlier unit); unit 0 is HQ. */
  parents: number[];
  users: { unit: number; roles: Role[] }[];
  customers: { unit: number; merged: boolean; team: (TeamRow | null)[] }[];
};

const worldArb: fc.Arbitrary<World> = fc
  .record({
    unitCount: fc.integer({ min: 1, max: 9 }),
    userCount: fc.integer({ min: 3, max: 8 }),
    customerCount: fc.integer({ min: 4, max: 12 }),
  })
  .chain(({ unitCount, userCount, customerCount }) =>
    fc.record({
      parents: fc.tuple(
        ...Array.from({ length: unitCount - 1 }, (_, i) => fc.integer({ min: 0, max: i })),
      ),
      users: fc.array(
        fc.record({
          unit: fc.integer({ min: 0, max: unitCount - 1 }),
          roles: fc.subarray([...ROLES], { minLength: 0, maxLength: 3 }),
        }),
        { minLength: userCount, maxLength: userCount },
      ),
      customers: fc.array(
        fc.record({
          unit: fc.integer({ min: 0, max: unitCount - 1 }),
          merged: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
          team: fc.array(
            fc.oneof(
              { weight: 3, arbitrary: fc.constant(null) },
              {
                weight: 2,
                arbitrary: fc.record({
                  teamRole: fc.constantFrom('manager', 'support', 'executive_sponsor'),
                  accessLevel: fc.constantFrom('read', 'edit'),
                }),
              },
            ),
            { minLength: userCount, maxLength: userCount },
          ),
        }),
        { minLength: customerCount, maxLength: customerCount },
      ),
    }),
  );

// ---- the oracle, from docs/access.md ----------------------------------------------------

function withinSubtree(world: World, ancestor: number, unit: number): boolean {
  for (
    let u: number | undefined = unit;
    u !== undefined;
    u = u === 0 ? undefined : world.parents[u - 1]
  ) {
    if (u === ancestor) return true;
  }
  return false;
}

function oracle(world: World, userIndex: number, customerIndex: number) {
  const user = world.users[userIndex]!;
  const customer = world.customers[customerIndex]!;
  if (customer.merged) return { read: false, write: false };
  const has = (role: Role) => user.roles.includes(role);
  const inSubtree = withinSubtree(world, user.unit, customer.unit);
  const onTeam = customer.team[userIndex] ?? null;
  // A team row counts for every role that works on accounts: all but the admin and the auditor.
  const worksOnAccounts = user.roles.some((role) => role !== 'admin' && role !== 'auditor');
  const read =
    has('committee') ||
    has('director') ||
    has('auditor') ||
    ((has('regional_manager') || has('secretary')) && inSubtree) ||
    (worksOnAccounts && onTeam !== null);
  // Through the team only at access level 'edit', whatever the team role; the auditor never.
  const write =
    !has('auditor') &&
    (has('director') ||
      ((has('regional_manager') || has('secretary')) && inSubtree) ||
      (worksOnAccounts && onTeam?.accessLevel === 'edit'));
  return { read, write };
}

// ---- seeding one world in a few bulk inserts -----------------------------------------------

let handle: DbHandle;
let worldNo = 0;
let pairsChecked = 0;

beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle?.close();
});

type Seeded = { actors: UserActor[]; customerIds: number[]; lo: number; hi: number };

async function seedWorld(world: World): Promise<Seeded> {
  worldNo++;
  // Explicit ids per world keep one bulk insert per table; worlds never share a unit tree.
  const base = worldNo * 1000;
  const unitId = (i: number) => base + i;
  const paths: string[] = [];
  for (let i = 0; i <= world.parents.length; i++) {
    const parent = i === 0 ? undefined : world.parents[i - 1]!;
    paths.push(`${parent === undefined ? '/' : paths[parent]!}${unitId(i)}/`);
  }
  const now = new Date('2026-01-01T00:00:00Z');
  await handle.db.insert(orgUnits).values(
    paths.map((path, i) => ({
      id: unitId(i),
      code: `W${worldNo}U${i}`,
      name: `单位${worldNo}-${i}`,
      kind: i === 0 ? 'head_office' : 'region',
      parentId: i === 0 ? null : unitId(world.parents[i - 1]!),
      path,
    })),
  );
  const userId = (i: number) => base + i;
  await handle.db.insert(users).values(
    world.users.map((u, i) => ({
      id: userId(i),
      username: `w${worldNo}.u${i}`,
      displayName: `w${worldNo}.u${i}`,
      passwordHash: 'x',
      orgUnitId: unitId(u.unit),
    })),
  );
  const roleRows = world.users.flatMap((u, i) =>
    u.roles.map((role) => ({ userId: userId(i), role })),
  );
  if (roleRows.length > 0) await handle.db.insert(userRoles).values(roleRows);
  const customerId = (i: number) => base + i;
  await handle.db.insert(customers).values(
    world.customers.map((c, i) => ({
      id: customerId(i),
      name: `客户${worldNo}-${i}`,
      creditCode: uniqueCreditCode(),
      nature: 'private' as const,
      industry: 'C' as const,
      province: '上海市',
      orgUnitId: unitId(c.unit),
      // A merged file points at another one of its world (the first is never merged).
      mergedIntoId: c.merged && i > 0 ? customerId(0) : null,
      createdAt: now,
      updatedAt: now,
    })),
  );
  const teamRows = world.customers.flatMap((c, ci) =>
    c.team.flatMap((row, ui) =>
      row ? [{ customerId: customerId(ci), userId: userId(ui), ...row, since: now }] : [],
    ),
  );
  if (teamRows.length > 0) await handle.db.insert(customerTeam).values(teamRows);
  const actors: UserActor[] = world.users.map((u, i) => ({
    kind: 'user',
    userId: userId(i),
    username: `w${worldNo}.u${i}`,
    displayName: `w${worldNo}.u${i}`,
    roles: u.roles,
    orgUnitId: unitId(u.unit),
    orgUnitPath: paths[u.unit]!,
  }));
  return {
    actors,
    customerIds: world.customers.map((_, i) => customerId(i)),
    lo: customerId(0),
    hi: customerId(world.customers.length - 1),
  };
}

describe('record scope model (C7.2): the SQL predicate agrees with the spec oracle', () => {
  it('on 1,000+ random (user, customer) pairs over random org trees and teams', async () => {
    await fc.assert(
      fc.asyncProperty(worldArb, async (raw) => {
        // The first customer is the merge target, so it stays a live file.
        const world = {
          ...raw,
          customers: raw.customers.map((c, i) => (i === 0 ? { ...c, merged: false } : c)),
        };
        const seeded = await seedWorld(world);
        for (const [ui, actor] of seeded.actors.entries()) {
          const rows = await queryRows<{ id: string | number; r: boolean; w: boolean }>(
            handle.db,
            sql`SELECT customers.id, ${customerReadScope(actor)} AS r, ${customerWriteScope(actor)} AS w
                FROM customers WHERE customers.id BETWEEN ${seeded.lo} AND ${seeded.hi} ORDER BY customers.id`,
          );
          expect(rows.length).toBe(seeded.customerIds.length);
          for (const [ci, row] of rows.entries()) {
            const expected = oracle(world, ui, ci);
            const context = {
              user: world.users[ui],
              customer: world.customers[ci],
              ui,
              ci,
              parents: world.parents,
            };
            expect({ read: row.r, write: row.w }, JSON.stringify(context)).toEqual(expected);
            pairsChecked++;
          }
        }
      }),
      // World sizes are random: 30 worlds once held only 957 pairs; 60 stay well clear of 1,000.
      { numRuns: 60 },
    );
    expect(pairsChecked).toBeGreaterThanOrEqual(1000);
  }, 120_000);
});
