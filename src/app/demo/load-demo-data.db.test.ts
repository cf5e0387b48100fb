import { sql } from 'drizzle-orm';
import { isValidPhoneNumber } from 'libphonenumber-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/db-types.ts';
import { generateDemoCustomers } from '../../db/demo/batches.ts';
import { demoUsers } from '../../db/demo/users.ts';
import { openPglite } from '../../db/open-pglite.ts';
import { recomputeAllCompleteness } from '../../db/data-quality/completeness-sql.ts';
import { checkCreditCode } from '../../domain/credit-code.ts';
import { verifyPassword } from '../auth/password.ts';
import { DEMO_ORG, loadDemoData, type DemoDataResult } from './load-demo-data.ts';
import { randomBytes } from 'node:crypto';
import { makeKeyring } from '../crypto/keyring.ts';
import { openTotpSecret } from '../auth/totp-secret.ts';
import { base32Encode } from '../../domain/auth/base32.ts';
import { findTotp } from '../../db/users/totp-repository.ts';
import { testContext } from '../../testing/test-context.ts';
import { demoTotpSecret } from './demo-totp.ts';

const AS_OF = new Date('2025-06-30T10:00:00+08:00');
const PASSWORD = 'Demo-Passw0rd!';
const KEYRING = makeKeyring(randomBytes(32));

let handle: DbHandle;
let result: DemoDataResult;

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const out = (await handle.db.execute(query)) as unknown as { rows: T[] };
  return out.rows;
}

beforeAll(async () => {
  handle = await openPglite();
  result = await loadDemoData(handle, {
    password: PASSWORD,
    customers: 300,
    seed: 7,
    asOf: AS_OF,
    keyring: KEYRING,
  });
}, 120_000);

afterAll(async () => {
  await handle?.close();
});

describe('loadDemoData', () => {
  it('reports the users and counts it loaded', async () => {
    expect(result.customers).toBe(300);
    expect(result.transactions).toBeGreaterThan(1_000);
    const usernames = result.users.map((u) => u.username);
    expect(usernames).toEqual(
      expect.arrayContaining(['admin', 'director', 'committee', 'auditor']),
    );
    expect(usernames).toEqual(
      expect.arrayContaining(['rm.east', 'kam.east.1', 'kam.east.2', 'support.east', 'sec.east']),
    );
    const [counts] = await rows<{ customers: number; transactions: number }>(
      sql`SELECT (SELECT count(*) FROM customers)::int AS customers, (SELECT count(*) FROM transactions)::int AS transactions`,
    );
    expect(counts).toEqual({ customers: 300, transactions: result.transactions });
  });

  it('gives every demo user the shared password with its own salt', async () => {
    const users = await rows<{ password_hash: string }>(sql`SELECT password_hash FROM users`);
    expect(new Set(users.map((u) => u.password_hash)).size).toBe(users.length);
    expect(await verifyPassword(users[0]?.password_hash ?? '', PASSWORD)).toBe(true);
  });

  it('sets up an authenticator for the roles that require one, from the password', async () => {
    const withTotp = result.users.filter((u) => u.totpSecret !== null).map((u) => u.username);
    expect(withTotp.sort()).toEqual(['admin', 'auditor', 'committee', 'director']);
    const ctx = { ...testContext(handle), keyring: KEYRING };
    for (const user of result.users.filter((u) => u.totpSecret !== null)) {
      expect(user.totpSecret).toBe(demoTotpSecret(PASSWORD, user.username));
      const [row] = await rows<{ id: number }>(
        sql`SELECT id::int AS id FROM users WHERE username = ${user.username}`,
      );
      const totp = await findTotp(handle.db, row!.id);
      expect(totp?.confirmedAt).not.toBeNull();
      expect(base32Encode(openTotpSecret(ctx, totp!))).toBe(user.totpSecret);
    }
  });

  it('moves identity sequences past the explicit ids', async () => {
    const [next] = await rows<{ id: number }>(
      sql`INSERT INTO org_units (code, name, kind, path) VALUES ('X', 'x', 'branch', '/x/') RETURNING id::int AS id`,
    );
    expect(next?.id).toBe(DEMO_ORG.length + 1);
    await handle.db.execute(sql`DELETE FROM org_units WHERE code = 'X'`);
  });

  it('writes valid, unique credit codes', async () => {
    const codes = await rows<{ credit_code: string }>(sql`SELECT credit_code FROM customers`);
    for (const { credit_code } of codes)
      expect(checkCreditCode(credit_code)).toMatchObject({ ok: true });
    expect(new Set(codes.map((c) => c.credit_code)).size).toBe(codes.length);
  });

  it('writes mainland mobiles in E.164', async () => {
    const mobiles = await rows<{ mobile: string }>(
      sql`SELECT mobile FROM contacts WHERE mobile IS NOT NULL`,
    );
    expect(mobiles.length).toBeGreaterThan(300);
    for (const { mobile } of mobiles) {
      expect(mobile).toMatch(/^\+861[3-9]\d{9}$/);
      expect(isValidPhoneNumber(mobile)).toBe(true);
    }
  });

  it('puts every customer on a team with a manager, split between the KA managers', async () => {
    const [orphans] = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM customers c WHERE NOT EXISTS (
        SELECT 1 FROM customer_team t WHERE t.customer_id = c.id AND t.team_role = 'manager')`,
    );
    expect(orphans?.n).toBe(0);
    const sets = await rows<{ username: string; ids: string }>(
      sql`SELECT u.username, string_agg(t.customer_id::text, ',' ORDER BY t.customer_id) AS ids
          FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'ka_manager'
          LEFT JOIN customer_team t ON t.user_id = u.id AND t.team_role = 'manager'
          GROUP BY u.username`,
    );
    expect(sets).toHaveLength(10);
    for (const set of sets) expect(set.ids).toBeTruthy();
    expect(new Set(sets.map((s) => s.ids)).size).toBe(sets.length);
  });

  it('gives every A account, and only those, its region manager as executive sponsor', async () => {
    const [counts] = await rows<{ a: number; sponsored: number; strays: number; outside: number }>(
      sql`SELECT count(*) FILTER (WHERE c.tier = 'A')::int AS a,
                 count(*) FILTER (WHERE c.tier = 'A' AND s.user_id IS NOT NULL)::int AS sponsored,
                 count(*) FILTER (WHERE c.tier IS DISTINCT FROM 'A' AND s.user_id IS NOT NULL)::int AS strays,
                 count(*) FILTER (WHERE s.user_id IS NOT NULL AND NOT starts_with(cu.path, su.path))::int AS outside
          FROM customers c
          JOIN org_units cu ON cu.id = c.org_unit_id
          LEFT JOIN customer_team s ON s.customer_id = c.id AND s.team_role = 'executive_sponsor'
          LEFT JOIN users u ON u.id = s.user_id
          LEFT JOIN org_units su ON su.id = u.org_unit_id`,
    );
    expect(counts?.a).toBeGreaterThan(0);
    expect(counts).toMatchObject({ sponsored: counts?.a, strays: 0, outside: 0 });
  });

  it('writes ASCII e-mail addresses, six-digit postcodes and area-coded phones', async () => {
    const customers = await rows<{ email: string; postcode: string; phone: string }>(
      sql`SELECT email, postcode, phone FROM customers`,
    );
    for (const c of customers) {
      expect(c.email).toMatch(/^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}$/);
      expect(c.postcode).toMatch(/^\d{6}$/);
      expect(c.phone).toMatch(/^0\d{2,3}-[2-8]\d{7}$/);
    }
  });

  it('keeps orders within the three years up to asOf', async () => {
    const [{ first = '', last = '' } = {}] = await rows<{ first: string; last: string }>(
      sql`SELECT min(occurred_on)::text AS first, max(occurred_on)::text AS last FROM transactions`,
    );
    // Three years ending 2025-06-30: the first possible day is 2022-07-02.
    expect(first >= '2022-07-02' && first < '2023-01-01').toBe(true);
    expect(last > '2025-01-01' && last <= '2025-06-30').toBe(true);
  });

  it('keeps province and sales region consistent', async () => {
    const customers = await rows<{ province: string; code: string }>(
      sql`SELECT c.province, o.code FROM customers c JOIN org_units o ON o.id = c.org_unit_id`,
    );
    for (const { province, code } of customers) {
      expect(DEMO_ORG.find((unit) => unit.code === code)?.provinces).toContain(province);
    }
  });

  it('stores amounts with at most two decimals and profit = amount − cost', async () => {
    const [bad] = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM transactions
          WHERE amount <> round(amount, 2) OR amount::text !~ '^\\d+\\.\\d{2}$' OR profit <> amount - cost`,
    );
    expect(bad?.n).toBe(0);
  });

  it('concentrates revenue on the top fifth of customers', async () => {
    const [share] = await rows<{ share: string }>(
      sql`WITH r AS (SELECT customer_id, sum(amount) AS revenue,
                       ntile(5) OVER (ORDER BY sum(amount) DESC) AS fifth
                     FROM transactions GROUP BY customer_id)
          SELECT (sum(revenue) FILTER (WHERE fifth = 1) / sum(revenue))::text AS share FROM r`,
    );
    // Prospects have no orders, so the top fifth of buyers is slightly under 20 % of customers.
    expect(Number(share?.share)).toBeGreaterThanOrEqual(0.6);
  });

  it('gives prospects no orders', async () => {
    const [n] = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM transactions t JOIN customers c ON c.id = t.customer_id
          WHERE c.lifecycle_status = 'prospect'`,
    );
    expect(n?.n).toBe(0);
  });

  it('writes the completeness the set-wise recompute would (nothing left to change)', async () => {
    const [spread] = await rows<{ low: number; high: number }>(
      sql`SELECT min(completeness) AS low, max(completeness) AS high FROM customers`,
    );
    expect(spread!.low).toBeLessThan(spread!.high);
    expect(await recomputeAllCompleteness(handle.db)).toBe(0);
  });

  it('adopts the default model (seed 001) and rates a share of the accounts, by their manager', async () => {
    const versions = await rows<{ model_key: string; status: string }>(
      sql`SELECT model_key, status FROM scoring_model_versions`,
    );
    expect(versions).toEqual([{ model_key: 'seed-001', status: 'adopted' }]);
    const [share] = await rows<{ rated: number; points: number; indicators: number }>(
      sql`SELECT count(DISTINCT customer_id)::int AS rated, count(DISTINCT value)::int AS points,
                 count(DISTINCT indicator_id)::int AS indicators FROM customer_ratings`,
    );
    expect(share!.indicators).toBe(6);
    expect(share!.points).toBe(5);
    // Some accounts rated, some not: the 360 page shows both rated and 未评 lines.
    expect(share!.rated).toBeGreaterThan(60);
    expect(share!.rated).toBeLessThan(300);
    const [strangers] = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM customer_ratings r
          WHERE NOT EXISTS (SELECT 1 FROM customer_team t WHERE t.customer_id = r.customer_id
                            AND t.user_id = r.rated_by AND t.team_role = 'manager')`,
    );
    expect(strangers!.n).toBe(0);
  });

  it('refuses to load into a database that has data', async () => {
    await expect(
      loadDemoData(handle, { password: PASSWORD, customers: 5, asOf: AS_OF }),
    ).rejects.toThrow(/empty database/);
  });
});

describe('demo generators', () => {
  it('are deterministic for a seed', () => {
    const codes = (seed: number) =>
      [...generateDemoCustomers({ seed, customers: 300, asOf: AS_OF, users: demoUsers(seed) })].map(
        (c) => c.row.credit_code,
      );
    const first = codes(7);
    expect(codes(7)).toEqual(first);
    expect(codes(8)).not.toEqual(first);
  });
});

describe('the demo tier cycle (C2.3)', () => {
  it('takes last year to final and leaves this year’s first half open to appeal', async () => {
    const runs = await rows<{ period_label: string; state: string; scored_count: number }>(
      sql`SELECT period_label, state, scored_count FROM scoring_runs ORDER BY id`,
    );
    const year = AS_OF.getUTCFullYear();
    expect(runs.map((r) => [r.period_label, r.state])).toEqual([
      [String(year - 1), 'final'],
      [`${year}-H1`, 'appeal_window'],
    ]);
    // Every scored customer's tier is last year's final tier, decided by the run.
    const [mismatch] = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM tier_history h JOIN customers c ON c.id = h.customer_id
          WHERE c.tier IS DISTINCT FROM h.tier OR c.tier_source IS DISTINCT FROM 'run'`,
    );
    expect(mismatch?.n).toBe(0);
    expect(runs[0]?.scored_count).toBeGreaterThan(0);
  });
});
