import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDb } from '../testing/open-test-db.ts';
import { CUSTOMER_OWNED_COLUMNS } from './data-quality/customer-owned-tables.ts';
import type { DbHandle } from './db-types.ts';
import { queryRows } from './query-rows.ts';

/**
 * What migration 0012 gives the app's role, read from the live catalogue on both engines, so a
 * table added later cannot slip past it: a customer-owned table without row-level security, or
 * an append-only table the app may rewrite, fails here. (The policies themselves bind only on
 * PostgreSQL: row-level-security.db.test.ts.)
 */
const APPEND_ONLY = ['audit_log', 'erased_audit_rows', 'personal_data_erasures'];
// A retention watermark only moves up: deleting it would unmask what it masks.
const NO_DELETE = ['privacy_watermarks'];
// The audit log's writer reads the chain's last row whoever acts; the admin's audit screen shows
// rows of customers they do not read. Its protection is the grants above.
const OWNED_WITHOUT_POLICY = ['audit_log'];

let handle: DbHandle;

beforeAll(async () => {
  handle = await openTestDb();
});

afterAll(async () => {
  await handle.close();
});

type TableFacts = {
  name: string;
  rls: boolean;
  policies: number;
  select: boolean;
  insert: boolean;
  update: boolean;
  delete: boolean;
  truncate: boolean;
};

describe('grants and row-level security of migration 0012', () => {
  it('gives the app every table but the append-only ones, row-level security on customer data', async () => {
    const tables = await queryRows<TableFacts>(
      handle.db,
      sql`SELECT c.relname AS name, c.relrowsecurity AS rls,
            (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies,
            has_table_privilege('patron_app', c.oid, 'SELECT') AS select,
            has_table_privilege('patron_app', c.oid, 'INSERT') AS insert,
            has_table_privilege('patron_app', c.oid, 'UPDATE') AS update,
            has_table_privilege('patron_app', c.oid, 'DELETE') AS delete,
            has_table_privilege('patron_app', c.oid, 'TRUNCATE') AS truncate
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname`,
    );
    const customerData = new Set(['customers', ...CUSTOMER_OWNED_COLUMNS.map((c) => c.table)]);
    for (const name of OWNED_WITHOUT_POLICY) customerData.delete(name);
    expect(tables.length).toBeGreaterThan(20);
    for (const table of tables) {
      expect(table).toEqual({
        name: table.name,
        rls: customerData.has(table.name),
        // One policy for the unscoped role, one or more for the scoped one.
        policies: customerData.has(table.name) ? expect.any(Number) : 0,
        select: true,
        insert: true,
        update: !APPEND_ONLY.includes(table.name),
        delete: !APPEND_ONLY.includes(table.name) && !NO_DELETE.includes(table.name),
        truncate: false,
      });
      if (customerData.has(table.name)) expect(table.policies).toBeGreaterThanOrEqual(2);
    }
  });

  it('creates the roles without login, superuser or BYPASSRLS', async () => {
    const roles = await queryRows<{
      name: string;
      login: boolean;
      superuser: boolean;
      bypass: boolean;
    }>(
      handle.db,
      sql`SELECT rolname AS name, rolcanlogin AS login, rolsuper AS superuser, rolbypassrls AS bypass
          FROM pg_roles WHERE rolname LIKE 'patron\\_app%' ORDER BY rolname`,
    );
    expect(roles).toEqual([
      { name: 'patron_app', login: false, superuser: false, bypass: false },
      { name: 'patron_app_region', login: false, superuser: false, bypass: false },
      { name: 'patron_app_team', login: false, superuser: false, bypass: false },
      { name: 'patron_app_unscoped', login: false, superuser: false, bypass: false },
    ]);
  });

  // Migration 0014: a plain `c.id = child.customer_id` lets the planner hash every customer in
  // the reader's scope for each statement (a 360 page at 7× its time); `= ANY (ARRAY[…])` keeps
  // the check one index probe per child row.
  it('checks a child row against its customer by one index probe, never a hash of the scope', async () => {
    const policies = await queryRows<{ table: string; qual: string; check: string }>(
      handle.db,
      sql`SELECT tablename AS table, qual, with_check AS check FROM pg_policies
          WHERE schemaname = 'public' AND policyname = tablename || '_follows_customer'
          ORDER BY tablename`,
    );
    const customerData = CUSTOMER_OWNED_COLUMNS.map((c) => c.table).filter(
      (table) => table !== 'customers' && !OWNED_WITHOUT_POLICY.includes(table),
    );
    expect(policies.map((p) => p.table)).toEqual([...new Set(customerData)].sort());
    for (const policy of policies) {
      for (const clause of [policy.qual, policy.check]) {
        expect(clause, policy.table).toContain(`c.id = ANY (ARRAY[${policy.table}.customer_id])`);
        expect(clause, policy.table).not.toMatch(/c\.id = \w+\.customer_id/);
      }
    }
  });

  // A function that runs as its owner reads past the policies: only the app's roles may call
  // one, and each is listed here with what it returns (docs/security.md says why each is safe).
  it('lets only the app call the functions that run past the policies', async () => {
    const definers = await queryRows<{
      name: string;
      returns: string;
      public: boolean;
      app: boolean;
    }>(
      handle.db,
      sql`SELECT p.proname AS name, pg_get_function_result(p.oid) AS returns,
            has_function_privilege('public', p.oid, 'EXECUTE') AS public,
            has_function_privilege('patron_app', p.oid, 'EXECUTE') AS app
          FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
          WHERE n.nspname = 'public' AND p.prosecdef ORDER BY p.proname`,
    );
    // The trigger functions of migration 0020 run only as triggers: nobody may call them.
    expect(definers).toEqual([
      { name: 'patron_actor_team_customers', returns: 'SETOF bigint', public: false, app: true },
      {
        name: 'patron_customer_ids_by_search_keys',
        returns: 'SETOF bigint',
        public: false,
        app: true,
      },
      {
        name: 'patron_customers_keep_their_orders',
        returns: 'trigger',
        public: false,
        app: false,
      },
      {
        name: 'patron_group_member_ids',
        returns: 'TABLE(id bigint, depth integer)',
        public: false,
        app: true,
      },
      { name: 'patron_orders_name_customers', returns: 'trigger', public: false, app: false },
    ]);
  });
});
