import { sql } from 'drizzle-orm';
import type { DbHandle } from '../../db/db-types.ts';
import { demoCustomerBatches } from '../../db/demo/batches.ts';
import { orgUnitsCsv, userRolesCsv, usersCsv } from '../../db/demo/staff-csv.ts';
import { ORG_UNIT_COLUMNS, USER_COLUMNS, USER_ROLE_COLUMNS } from '../../db/demo/tables.ts';
import { demoUsers } from '../../db/demo/users.ts';
import { adoptDemoModel, rateDemoCustomers } from '../../db/demo/scoring.ts';
import { customers, orgUnits, users } from '../../db/schema/index.ts';
import { hashPassword } from '../auth/password.ts';
import { addDemoExecutiveSponsors } from '../../db/demo/executive-sponsors.ts';
import { acceptAgreementForAllUsers } from '../../db/confidentiality/acceptance-repository.ts';
import { AGREEMENT_VERSION } from '../../domain/confidentiality/agreement.ts';
import { runDemoEvaluation } from './demo-evaluation.ts';
import { rolesRequireSecondFactor } from '../../domain/auth/second-factor.ts';
import { insertConfirmedTotp } from '../../db/users/totp-repository.ts';
import type { Keyring } from '../crypto/keyring.ts';
import { sealTotpSecretWith } from '../auth/totp-secret.ts';
import { demoTotpSecret } from './demo-totp.ts';

export { DEMO_ORG } from '../../db/demo/org-units.ts';

export const DEFAULT_DEMO_CUSTOMERS = 2_000;
export const DEFAULT_DEMO_SEED = 20_250_101;

export type DemoDataOptions = {
  /** Every demo user gets this password (each with its own salt). */
  password: string;
  customers?: number;
  seed?: number;
  /** End of the three-year purchase history; the loader never reads the clock. */
  asOf: Date;
  onProgress?: (done: number, total: number) => void;
  /**
   * Run the demo's tier cycle (last year final, this year's first half in its appeal window);
   * true by default. Benchmarks turn it off to time the load itself.
   */
  evaluation?: boolean;
  /**
   * With a keyring, the demo users whose role requires a second factor get an authenticator
   * already set up, its secret derived from the password (`demoTotpSecret`). Without one they
   * set one up at their first sign-in.
   */
  keyring?: Keyring;
};

export type DemoUserSummary = {
  username: string;
  displayName: string;
  roles: string[];
  orgUnit: string;
  /** The base32 TOTP secret set up for this user, or null (no second factor, or no keyring). */
  totpSecret: string | null;
};

export type DemoDataResult = { users: DemoUserSummary[]; customers: number; transactions: number };

// libuv runs four hashing threads by default; more at once only queues.
const HASH_BATCH = 4;

/**
 * Fills an empty database with a deterministic demo organisation (总部 and five regions), one
 * user per role and region, and customers with teams, contacts and three years of orders.
 *
 * Not atomic: rows go in by COPY in many batches, and `DbHandle.copyCsv` may use a connection
 * of its own, so no single transaction spans the load. It refuses a non-empty database, so a
 * load that fails halfway leaves a database it will refuse again: the caller tells the user to
 * delete the data directory (or drop the database) and start over.
 */
export async function loadDemoData(
  handle: DbHandle,
  options: DemoDataOptions,
): Promise<DemoDataResult> {
  const total = options.customers ?? DEFAULT_DEMO_CUSTOMERS;
  if (!Number.isSafeInteger(total) || total < 0) {
    throw new Error(`demo data: customer count must be a whole number ≥ 0, got ${total}`);
  }
  if (Number.isNaN(options.asOf.getTime())) throw new Error('demo data: asOf is not a valid date');
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  await assertEmpty(handle);

  const staff = demoUsers(seed);
  const hashes: string[] = [];
  for (let i = 0; i < staff.length; i += HASH_BATCH) {
    const batch = staff.slice(i, i + HASH_BATCH).map(() => hashPassword(options.password));
    hashes.push(...(await Promise.all(batch)));
  }
  await handle.copyCsv({
    table: 'org_units',
    columns: ORG_UNIT_COLUMNS,
    csv: orgUnitsCsv(options.asOf),
  });
  await handle.copyCsv({
    table: 'users',
    columns: USER_COLUMNS,
    csv: usersCsv(staff, hashes, options.asOf),
  });
  await handle.copyCsv({
    table: 'user_roles',
    columns: USER_ROLE_COLUMNS,
    csv: userRolesCsv(staff),
  });
  // The demo staff have accepted the confidentiality agreement, so the demo opens on customers.
  await acceptAgreementForAllUsers(handle.db, AGREEMENT_VERSION, options.asOf);
  const totpSecrets = new Map<number, string>();
  if (options.keyring) {
    for (const user of staff.filter((u) => rolesRequireSecondFactor(u.roles))) {
      const secret = demoTotpSecret(options.password, user.username);
      const sealed = sealTotpSecretWith(options.keyring, user.id, secret);
      await insertConfirmedTotp(handle.db, {
        userId: user.id,
        keyId: sealed.keyId,
        sealedSecret: sealed.sealed,
        createdAt: options.asOf,
      });
      totpSecrets.set(user.id, secret);
    }
  }

  let transactions = 0;
  options.onProgress?.(0, total);
  const batches = demoCustomerBatches({ seed, customers: total, asOf: options.asOf, users: staff });
  for (const batch of batches) {
    if (batch.rows > 0) {
      await handle.copyCsv({ table: batch.table, columns: batch.columns, csv: batch.csv });
    }
    if (batch.table === 'transactions') {
      transactions += batch.rows;
      options.onProgress?.(batch.customersDone, total);
    }
  }

  // Ids were given explicitly; move the identity sequences past them for later inserts.
  for (const table of ['org_units', 'users', 'customers'] as const) {
    await handle.db.execute(
      sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), (SELECT max(id) FROM ${sql.identifier(table)}))`,
    );
  }
  // The policy of seed 001 in force and a share of the accounts rated, so the scoring screens
  // have something to show; then the tier cycle, so tiers come from runs as they would in use.
  const policy = await adoptDemoModel(handle.db, options.asOf);
  await rateDemoCustomers(handle.db, policy.id, policy.model, options.asOf);

  // Fresh statistics, so the first queries after a bulk load get sensible plans, and a fresh
  // visibility map, so counts are index-only scans from the start (measured: list count 5 ms →
  // 0.8 ms on PostgreSQL, 50 → 5 ms on PGlite, which has no autovacuum). As the owner: for the
  // app's roles PostgreSQL skips every table with a mere warning (list count 37 ms then).
  await handle.ownerDb.execute(
    sql`VACUUM (ANALYZE) org_units, users, customers, customer_team, contacts, transactions, customer_ratings`,
  );
  // After the statistics, so the run's statement is planned on the loaded tables.
  if (options.evaluation ?? true) await runDemoEvaluation(handle, options.asOf);
  // By the tiers the screens show: the final run's.
  await addDemoExecutiveSponsors(handle.db, options.asOf);
  // The final run rewrote customers' tiers, the sponsors joined teams: their visibility maps
  // are refreshed once more.
  await handle.ownerDb.execute(
    sql`VACUUM (ANALYZE) customers, customer_team, customer_scores, tier_history`,
  );

  return {
    users: staff.map((user) => ({
      username: user.username,
      displayName: user.displayName,
      roles: [...user.roles],
      orgUnit: user.orgUnitName,
      totpSecret: totpSecrets.get(user.id) ?? null,
    })),
    customers: total,
    transactions,
  };
}

async function assertEmpty(handle: DbHandle): Promise<void> {
  const [userCount, customerCount, unitCount] = await Promise.all([
    handle.db.$count(users),
    handle.db.$count(customers),
    handle.db.$count(orgUnits),
  ]);
  if (userCount > 0 || customerCount > 0 || unitCount > 0) {
    throw new Error(
      `Demo data can only be loaded into an empty database; this one already has ` +
        `${userCount} users, ${customerCount} customers and ${unitCount} org units.`,
    );
  }
}
