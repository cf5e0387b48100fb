import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql, type SQL } from 'drizzle-orm';
import { appRoleFacts } from '../../db/app-role-check.ts';
import { openPostgres } from '../../db/open-postgres.ts';
import type { Db, DbHandle } from '../../db/db-types.ts';
import { queryRows } from '../../db/query-rows.ts';
import { contacts, customers, customerTeam } from '../../db/schema/index.ts';
import { openTestDb, TEST_ENGINE } from '../../testing/open-test-db.ts';
import { seedCustomer, uniqueCreditCode } from '../../testing/build-customer.ts';
import { seedOrg, type TestOrg } from '../../testing/seed-org.ts';
import { testContext } from '../../testing/test-context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor, UserActor } from '../context.ts';
import { nameSearchPredicate } from '../../db/customers/name-search.ts';
import { actorBinding } from './actor-binding.ts';
import {
  customerReadScopeIncludingMerged,
  customerWriteScopeIncludingMerged,
} from './record-scope.ts';

/**
 * Row-level security (migration 0012, docs/security.md): the database's own line behind the
 * record scope. Every query here is raw SQL without the application's predicate, run through
 * the app's database handle with an actor bound, so only the policies decide what it sees.
 * PostgreSQL only: PGlite connects as its superuser, whom policies never bind.
 */
const onPostgres = TEST_ENGINE === 'postgres';
const title = onPostgres ? 'row-level security' : 'row-level security (skipped: needs PostgreSQL)';

let handle: DbHandle;
let org: TestOrg;
/** Customer ids by what the seed made them. */
let ids: Record<string, number>;

const dbOf = (actor: Actor): Db => handle.dbFor(actorBinding(actor));

async function idsOf(db: Db, query: SQL): Promise<number[]> {
  const rows = await queryRows<{ id: number | string }>(db, query);
  return rows.map((row) => Number(row.id)).sort((a, b) => a - b);
}

const visibleCustomers = (actor: Actor) => idsOf(dbOf(actor), sql`SELECT id FROM customers`);

/** The customers an UPDATE through the policies reaches, in a transaction rolled back. */
async function writableCustomers(actor: Actor): Promise<number[]> {
  let reached: number[] = [];
  await dbOf(actor)
    .transaction(async (tx) => {
      reached = await idsOf(
        tx as unknown as Db,
        sql`UPDATE customers SET version = version RETURNING id`,
      );
      throw new Error('roll back');
    })
    .catch((error: unknown) => {
      if ((error as Error).message !== 'roll back') throw error;
    });
  return reached;
}

/** The application's predicate over the same rows, run unrestricted (record-scope.ts). */
const appScope = (scope: SQL) => idsOf(handle.db, sql`SELECT id FROM customers WHERE ${scope}`);

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

describe.runIf(onPostgres)(title, () => {
  beforeAll(async () => {
    handle = await openTestDb();
    org = await seedOrg(handle);
    const u = org.users;
    const seed = (orgUnitId: number, team: Parameters<typeof seedCustomer>[1]['team'] = []) =>
      seedCustomer(handle, { orgUnitId, team });
    ids = {
      eastManaged: await seed(org.east.id, [
        { userId: u.kamEast1.userId, teamRole: 'manager' },
        { userId: u.supportEast.userId, teamRole: 'support' },
      ]),
      eastReadOnly: await seed(org.east.id, [
        { userId: u.kamEast1.userId, teamRole: 'support', accessLevel: 'read' },
      ]),
      eastSupportEdits: await seed(org.east.id, [
        { userId: u.supportEast.userId, teamRole: 'support', accessLevel: 'edit' },
      ]),
      eastNoTeam: await seed(org.east.id),
      northManaged: await seed(org.north.id, [{ userId: u.kamNorth.userId, teamRole: 'manager' }]),
      // A cross-region team: the east KA manager on a northern account, and the committee.
      northWithEastMember: await seed(org.north.id, [
        { userId: u.kamEast2.userId, teamRole: 'manager' },
        { userId: u.committee.userId, teamRole: 'support', accessLevel: 'edit' },
      ]),
      hqNoTeam: await seed(org.hq.id),
    };
    ids.eastMerged = await seed(org.east.id, [{ userId: u.kamEast1.userId, teamRole: 'manager' }]);
    await handle.db
      .update(customers)
      .set({ mergedIntoId: ids.eastManaged })
      .where(eq(customers.id, ids.eastMerged));
    for (const customerId of Object.values(ids)) {
      await handle.db.insert(contacts).values({
        customerId,
        name: `联系人${customerId}`,
        createdAt: new Date(),
        updatedAt: new Date(),
      });
    }
  });

  afterAll(async () => {
    await handle?.close();
  });

  it('acts as a role that is neither superuser, nor owner, nor BYPASSRLS', async () => {
    const cases: [Actor, string][] = [
      [{ kind: 'system', name: 'test' }, 'patron_app_unscoped'],
      [org.users.director, 'patron_app_unscoped'],
      [org.users.kamEast1, 'patron_app_team'],
      [org.users.rmEast, 'patron_app_region'],
      [org.users.admin, 'patron_app'],
    ];
    for (const [actor, role] of cases) {
      const facts = await appRoleFacts(dbOf(actor));
      expect(facts).toMatchObject({
        current_user: role,
        superuser: false,
        bypass_rls: false,
        owns_tables: false,
      });
    }
    const [owner] = await queryRows<{ owner: string }>(
      handle.db,
      sql`SELECT pg_get_userbyid(relowner) AS owner FROM pg_class WHERE relname = 'customers'`,
    );
    expect(owner?.owner).not.toMatch(/^patron_app/);
  });

  it('acts through a separate login when given one, and refuses one inheriting every row', async () => {
    const [db] = await queryRows<{ name: string }>(
      handle.db,
      sql`SELECT current_database() AS name`,
    );
    const login = `patron_web_${randomBytes(4).toString('hex')}`;
    await handle.ownerDb.execute(
      sql.raw(`CREATE ROLE ${login} LOGIN NOINHERIT PASSWORD 'test-only'
               IN ROLE patron_app, patron_app_team, patron_app_region, patron_app_unscoped`),
    );
    const ownerUrl = new URL(process.env.DATABASE_URL!);
    ownerUrl.pathname = `/${db!.name}`;
    const appUrl = new URL(ownerUrl);
    appUrl.username = login;
    appUrl.password = 'test-only';
    const open = () =>
      openPostgres(ownerUrl.toString(), { poolSize: 2, appUrl: appUrl.toString() });
    try {
      const separate = await open();
      try {
        expect(await appRoleFacts(separate.db)).toMatchObject({
          session_user: login,
          current_user: 'patron_app_unscoped',
          login_inherits_unscoped: false,
        });
        const kam = separate.dbFor(actorBinding(org.users.kamEast1));
        expect(await idsOf(kam, sql`SELECT id FROM customers`)).toEqual(
          await visibleCustomers(org.users.kamEast1),
        );
        // Back in its own login role it may do nothing at all, let alone act as the owner.
        await expect(
          separate.db.transaction(async (tx) => {
            await tx.execute(sql`RESET ROLE`);
            await tx.execute(sql`SELECT count(*) FROM customers`);
          }),
        ).rejects.toMatchObject({ cause: expect.objectContaining({ code: '42501' }) });
      } finally {
        await separate.close();
      }
      await handle.ownerDb.execute(sql.raw(`ALTER ROLE ${login} INHERIT`));
      await expect(open()).rejects.toThrow(/inherits patron_app_unscoped/);
    } finally {
      await handle.ownerDb.execute(sql.raw(`DROP ROLE IF EXISTS ${login}`));
    }
  });

  it('lets the app append to the audit log but never change or delete a row of it', async () => {
    const ctx = testContext(handle, org.users.kamEast1);
    await ctx.db.transaction((tx) =>
      recordAudit(tx, ctx, { action: 'customer.update', entityType: 'customer', entityId: 1 }),
    );
    for (const statement of [
      sql`UPDATE audit_log SET actor_name = 'someone else'`,
      sql`DELETE FROM audit_log`,
      sql`TRUNCATE audit_log`,
      sql`DELETE FROM erased_audit_rows`,
      sql`UPDATE personal_data_erasures SET kind = 'request'`,
      sql`DELETE FROM privacy_watermarks`,
    ]) {
      for (const db of [handle.db, ctx.db]) {
        await expect(db.execute(statement)).rejects.toMatchObject({
          cause: expect.objectContaining({ code: '42501' }),
        });
      }
    }
  });

  it('shows a KA manager only their teams’ customers and those customers’ rows', async () => {
    const kam = org.users.kamEast1;
    const theirs = sorted([ids.eastManaged!, ids.eastReadOnly!, ids.eastMerged!]);
    expect(await visibleCustomers(kam)).toEqual(theirs);
    expect(await idsOf(dbOf(kam), sql`SELECT customer_id AS id FROM contacts`)).toEqual(theirs);
    expect(
      await idsOf(dbOf(kam), sql`SELECT DISTINCT customer_id AS id FROM customer_team`),
    ).toEqual(theirs);
    // A row asked for by id outside the scope is simply not there.
    expect(
      await idsOf(dbOf(kam), sql`SELECT id FROM customers WHERE id = ${ids.northManaged}`),
    ).toEqual([]);
    // Writes reach only the files whose team row says `edit`.
    expect(await writableCustomers(kam)).toEqual(sorted([ids.eastManaged!, ids.eastMerged!]));
  });

  it('shows a regional manager their subtree, other regions’ rows not at all', async () => {
    const rm = org.users.rmEast;
    const east = sorted([
      ids.eastManaged!,
      ids.eastReadOnly!,
      ids.eastSupportEdits!,
      ids.eastNoTeam!,
      ids.eastMerged!,
    ]);
    expect(await visibleCustomers(rm)).toEqual(east);
    expect(await idsOf(dbOf(rm), sql`SELECT customer_id AS id FROM contacts`)).toEqual(east);
    expect(await writableCustomers(rm)).toEqual(east);
    const north = await visibleCustomers(org.users.rmNorth);
    expect(north).toEqual(sorted([ids.northManaged!, ids.northWithEastMember!]));
  });

  it('refuses a scoped user’s insert of a child row for a customer outside the scope', async () => {
    const kam = org.users.kamEast1;
    await expect(
      dbOf(kam).insert(contacts).values({
        customerId: ids.northManaged!,
        name: '越权',
        createdAt: new Date(),
        updatedAt: new Date(),
      }),
    ).rejects.toMatchObject({ cause: expect.objectContaining({ code: '42501' }) });
  });

  it('shows nothing to a connection of an app role with no actor bound', async () => {
    for (const role of ['patron_app', 'patron_app_team', 'patron_app_region']) {
      await handle.ownerDb.transaction(async (tx) => {
        await tx.execute(sql.raw(`SET LOCAL ROLE ${role}`));
        const [row] = await queryRows<{ n: number }>(
          tx,
          sql`SELECT (SELECT count(*) FROM customers) + (SELECT count(*) FROM contacts)
                + (SELECT count(*) FROM customer_team) AS n`,
        );
        expect({ role, rows: Number(row?.n) }).toEqual({ role, rows: 0 });
      });
    }
    // A user with no business role (the admin) is bound, and reads no customer file either.
    expect(await visibleCustomers(org.users.admin)).toEqual([]);
  });

  it('never carries one checkout’s binding into another', async () => {
    const east = await visibleCustomers(org.users.kamEast1);
    const north = await visibleCustomers(org.users.kamNorth);
    const all = await visibleCustomers({ kind: 'system', name: 'test' });
    const rounds = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        visibleCustomers(
          [org.users.kamEast1, org.users.kamNorth, { kind: 'system', name: 'test' } as const][
            i % 3
          ]!,
        ),
      ),
    );
    rounds.forEach((seen, i) => expect(seen).toEqual([east, north, all][i % 3]));
  });

  it('lets a KA manager read a file they open in the same transaction, not after it', async () => {
    const kam = org.users.kamEast2;
    const opened = await dbOf(kam).transaction(async (tx) => {
      const [row] = await tx
        .insert(customers)
        .values({
          name: '新开客户',
          creditCode: uniqueCreditCode(),
          nature: 'private',
          industry: 'C',
          province: '上海市',
          orgUnitId: org.east.id,
          createdBy: kam.userId,
          createdAt: new Date(),
          updatedAt: new Date(),
        })
        .returning({ id: customers.id });
      await tx.insert(customerTeam).values({
        customerId: row!.id,
        userId: kam.userId,
        teamRole: 'manager',
        accessLevel: 'edit',
        since: new Date(),
      });
      return row!.id;
    });
    expect(await visibleCustomers(kam)).toContain(opened);
    // Opened without joining its team: readable inside that transaction only.
    const orphan = await dbOf(kam).transaction(async (tx) => {
      const [row] = await tx
        .insert(customers)
        .values({
          name: '未入组客户',
          creditCode: uniqueCreditCode(),
          nature: 'private',
          industry: 'C',
          province: '上海市',
          orgUnitId: org.east.id,
          createdBy: kam.userId,
          createdAt: new Date(),
          updatedAt: new Date(),
        })
        .returning({ id: customers.id });
      return row!.id;
    });
    expect(await visibleCustomers(kam)).not.toContain(orphan);
    await handle.db.delete(customers).where(eq(customers.id, orphan));
    // Placing a file outside the own subtree is refused by the database too.
    await expect(
      dbOf(kam).insert(customers).values({
        name: '越区客户',
        creditCode: uniqueCreditCode(),
        nature: 'private',
        industry: 'C',
        province: '北京市',
        orgUnitId: org.north.id,
        createdBy: kam.userId,
        createdAt: new Date(),
        updatedAt: new Date(),
      }),
    ).rejects.toMatchObject({ cause: expect.objectContaining({ code: '42501' }) });
    await handle.db.delete(customerTeam).where(eq(customerTeam.customerId, opened));
    await handle.db.delete(customers).where(eq(customers.id, opened));
  });

  it('draws the same line as record-scope.ts for every user of the seeded organisation', async () => {
    for (const user of Object.values(org.users) as UserActor[]) {
      const read = await appScope(customerReadScopeIncludingMerged(user));
      expect({ user: user.username, read: await visibleCustomers(user) }).toEqual({
        user: user.username,
        read,
      });
      // Unscoped users (they read everything) write under the app's rule alone.
      if (actorBinding(user).kind === 'unscoped') continue;
      const write = await appScope(customerWriteScopeIncludingMerged(user));
      expect({ user: user.username, write: await writableCustomers(user) }).toEqual({
        user: user.username,
        write,
      });
    }
  });

  it('finds a scoped reader’s search matches by id past the policy, and only in scope', async () => {
    const matching = (q: string, policiesBind: boolean) =>
      sql`SELECT id FROM customers WHERE ${nameSearchPredicate(q, policiesBind)}`;
    // Every seeded name holds 测试客户; a credit-code prefix is a second kind of key.
    const all = await idsOf(handle.db, sql`SELECT id FROM customers`);
    for (const user of [org.users.kamEast1, org.users.rmEast, org.users.supportEast]) {
      for (const q of ['测试客户', '客户', '91', '不存在']) {
        const expected = await appScope(
          sql`${customerReadScopeIncludingMerged(user)} AND ${nameSearchPredicate(q, false)}`,
        );
        const found = await idsOf(dbOf(user), matching(q, true));
        expect({ user: user.username, q, found }).toEqual({
          user: user.username,
          q,
          found: expected,
        });
      }
    }
    // The lookup itself tells ids only; the rows still come through the policy.
    const everyId = await idsOf(
      dbOf(org.users.kamEast1),
      sql`SELECT patron_customer_ids_by_search_keys(patron_bigrams('测试客户'), NULL) AS id`,
    );
    expect(everyId).toEqual(all);
  });

  it('gives backups, which run as the system, every row of every table', async () => {
    const tables = await queryRows<{ name: string }>(
      handle.db,
      sql`SELECT relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY relname`,
    );
    for (const { name } of tables) {
      const count = async (db: Db) => {
        const [row] = await queryRows<{ n: number }>(
          db,
          sql`SELECT count(*) AS n FROM ${sql.identifier(name)}`,
        );
        return Number(row?.n);
      };
      expect({ name, rows: await count(handle.db) }).toEqual({
        name,
        rows: await count(handle.ownerDb),
      });
    }
  });
});

describe.runIf(!onPostgres)('row-level security on PGlite', () => {
  it('binds nothing: the application predicate alone (the superuser skips policies)', async () => {
    const pglite = await openTestDb();
    try {
      const seeded = await seedOrg(pglite);
      expect(pglite.dbFor(actorBinding(seeded.users.kamEast1))).toBe(pglite.db);
      const [row] = await queryRows<{ superuser: boolean }>(
        pglite.db,
        sql`SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`,
      );
      expect(row?.superuser).toBe(true);
    } finally {
      await pglite.close();
    }
  });
});
