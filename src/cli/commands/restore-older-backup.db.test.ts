import { sql } from 'drizzle-orm';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../app/audit/verify-audit-log.ts';
import type { BackupManifest } from '../../app/backup/backup-manifest.ts';
import { createBackup } from '../../app/backup/create-backup.ts';
import { openBackupFile } from '../../app/backup/open-backup-file.ts';
import { digestOf } from '../../app/backup/table-digest.ts';
import type { AppContext } from '../../app/context.ts';
import { makeKeyring } from '../../app/crypto/keyring.ts';
import { sealKeyPerson, openKeyPerson } from '../../app/key-persons/key-person-cipher.ts';
import { randomIds, silentLog } from '../../app/system-services.ts';
import { creditCodeCheckChar } from '../../domain/credit-code.ts';
import { appendAudit } from '../../db/audit-repository.ts';
import { copyTableOut } from '../../db/backup/copy-table-out.ts';
import {
  migrationsFolderUpTo,
  ownMigrations,
  placeOfLevel,
} from '../../db/backup/migrations-up-to.ts';
import {
  openAtMigrationLevel,
  type StoreAtLevel,
} from '../../db/backup/open-at-migration-level.ts';
import { useStableOutputSettings } from '../../db/backup/stable-output-settings.ts';
import type { DbHandle } from '../../db/db-types.ts';
import { openDb } from '../../db/open-db.ts';
import { queryRows } from '../../db/query-rows.ts';
import { TEST_ENGINE } from '../../testing/open-test-db.ts';
import { patronEnv, PatronProcess, type PatronStore } from '../../testing/patron-process.ts';
import { fixedClock } from '../../testing/test-context.ts';

/**
 * `patron restore` of a backup made at an earlier migration level (docs/backups.md, "Restore a
 * backup of an older Patron"): a source database is migrated only up to 0010 and filled as a
 * Patron of that level would have left it, backed up, and restored by the real binary into an
 * empty store of the suite's engine. The restore runs at the backup's level with every check,
 * then migrates forward; the data must then verify — row counts, the checksums of the columns
 * the backup holds, the later migrations' own data changes, the audit chain, decryption.
 */

const OLD_LEVEL_TAG = '0010_personal_data_rights';
const KEY = randomBytes(32);
const FAMILY = '配偶：李静；女儿在苏州读高中';
let dir: string;
let keyFile: string;
let backupFile: string;
let manifest: BackupManifest;
let oldLevel: number;
const scratchDatabases: string[] = [];

const serverUrl = () => process.env.DATABASE_URL ?? '';
const urlOf = (name: string) => {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
};

async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A new, empty store of the suite's engine: a data directory not yet created, or a database. */
async function emptyStore(name: string): Promise<PatronStore> {
  if (TEST_ENGINE === 'pglite') {
    await mkdir(join(dir, name));
    return { dataDir: join(dir, name) };
  }
  const database = `patron_restore_${randomBytes(5).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${database}`);
  scratchDatabases.push(database);
  return { databaseUrl: urlOf(database) };
}

const configOf = (store: PatronStore) =>
  'dataDir' in store
    ? { dataDir: join(store.dataDir, 'pglite') }
    : { databaseUrl: store.databaseUrl, dataDir: '' };

const contextOf = (store: StoreAtLevel | DbHandle): AppContext => ({
  db: store.db,
  dbFor: () => store.db,
  policiesBindFor: () => false,
  engine: store.engine,
  actor: { kind: 'system', name: 'test' },
  clock: fixedClock(new Date('2026-03-02T08:00:00Z')),
  ids: randomIds,
  log: silentLog,
  keyring: makeKeyring(KEY),
});

/**
 * What a Patron at 0010 left: an org, users, customers with account teams (managers and
 * support — 0011 gives them access levels), contacts with sealed key-person details, orders,
 * and the audit rows of it all. Plain SQL in the columns of that level.
 */
async function fillAtOldLevel(ctx: AppContext): Promise<void> {
  const run = (statement: ReturnType<typeof sql>) => ctx.db.execute(statement);
  const at = '2026-03-01T09:00:00Z';
  await run(sql`INSERT INTO org_units (id, code, name, kind, parent_id, path) VALUES
    (1, 'HQ', '总部', 'head_office', NULL, '/1/'), (2, 'EAST', '华东大区', 'region', 1, '/1/2/')`);
  await run(sql`INSERT INTO users (id, username, display_name, password_hash, org_unit_id) VALUES
    (1, 'rm.east', '王海', 'not-a-hash', 2), (2, 'kam.east.1', '陈静', 'not-a-hash', 2)`);
  await run(sql`INSERT INTO user_roles (user_id, role) VALUES
    (1, 'regional_manager'), (2, 'ka_manager')`);
  for (let i = 1; i <= 6; i++) {
    await run(sql`INSERT INTO customers (id, name, credit_code, nature, industry, province, city,
        org_unit_id, created_at, updated_at)
      VALUES (${i}, ${`苏州恢复测试${i}号机械有限公司`}, ${creditCode(i)}, 'private', 'C',
        '江苏省', '苏州市', 2, ${at}, ${at})`);
    await run(sql`INSERT INTO customer_team (customer_id, user_id, team_role, since) VALUES
      (${i}, 2, 'manager', ${at}), (${i}, 1, 'support', ${at})`);
    await run(sql`INSERT INTO transactions (customer_id, occurred_on, amount, product, external_id,
        created_at) VALUES (${i}, '2026-02-01', ${`${1000 * i}.50`}, '伺服电机', ${`OLD-SO-${i}`}, ${at})`);
    await appendAudit(ctx.db, {
      at,
      actorId: 2,
      actorName: 'kam.east.1',
      ip: null,
      action: 'customer.create',
      entityType: 'customer',
      entityId: String(i),
      customerId: i,
      before: null,
      after: { name: `苏州恢复测试${i}号机械有限公司` },
    });
  }
  await run(sql`INSERT INTO contacts (id, customer_id, name, title, is_key_person, created_at,
      updated_at) VALUES (1, 1, '李明', '总经理', true, ${at}, ${at}), (2, 2, '赵磊', '采购经理', false, ${at}, ${at})`);
  const sealed = sealKeyPerson(makeKeyring(KEY), 1, {
    family: FAMILY,
    homeAddress: null,
    hobbies: '围棋',
    notes: null,
  });
  await run(sql`INSERT INTO key_person_details (id, customer_id, contact_id, key_id, sealed, purpose,
      consent_basis, consent_at, created_at, updated_at)
    VALUES (1, 1, 1, ${sealed.keyId}, ${sealed.sealed}, '客户关系维护', 'written_consent', ${at}, ${at}, ${at})`);
}

function creditCode(i: number): string {
  const body = `91320500${String(900 + i).padStart(9, '0')}`;
  return body + creditCodeCheckChar(body);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'patron-restore-older-'));
  keyFile = join(dir, 'key');
  await writeFile(keyFile, KEY.toString('base64') + '\n', { mode: 0o600 });
  backupFile = join(dir, 'older.tar');
  oldLevel = ownMigrations().findIndex((m) => m.tag === OLD_LEVEL_TAG) + 1;
  expect(oldLevel).toBeGreaterThan(0);
  expect(oldLevel).toBeLessThan(ownMigrations().length);

  const source = await emptyStore('source');
  const migrations = await migrationsFolderUpTo(oldLevel);
  const store = await openAtMigrationLevel(configOf(source), migrations.folder);
  try {
    const ctx = contextOf(store);
    await fillAtOldLevel(ctx);
    await createBackup(ctx, backupFile);
  } finally {
    await store.close();
    await migrations.dispose();
  }
  manifest = (await openBackupFile(backupFile)).manifest;
  expect(manifest.migrations.count).toBe(oldLevel);
}, 120_000);

afterAll(async () => {
  for (const name of scratchDatabases)
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await rm(dir, { recursive: true, force: true });
});

async function restoreInto(store: PatronStore, checkpoints: string): Promise<PatronProcess> {
  const run = PatronProcess.start(
    ['restore', backupFile],
    patronEnv({ store, keyFile, extra: { PATRON_AUDIT_CHECKPOINT_DIR: checkpoints } }),
  );
  await run.exited;
  return run;
}

describe(`patron restore of a backup at migration level ${OLD_LEVEL_TAG} (${TEST_ENGINE})`, () => {
  it('restores at the backup’s level, migrates forward, and the restored data verifies', async () => {
    const target = await emptyStore('target');
    const checkpoints = join(dir, 'checkpoints');
    const run = await restoreInto(target, checkpoints);
    expect(await run.exited, run.output()).toMatchObject({ code: 0 });
    expect(run.stdout).toContain(`at its migration level ${oldLevel}`);
    expect(run.stdout).toContain(`migrated from level ${oldLevel} to ${ownMigrations().length}`);
    expect(run.stdout).toContain('1 encrypted values open');

    const handle = await openDb(configOf(target));
    try {
      const ctx = contextOf(handle);
      const [level] = await queryRows<{ n: number }>(
        handle.db,
        sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`,
      );
      expect(level!.n).toBe(ownMigrations().length);

      // Every table the backup holds: its rows, and the checksum of the columns it had then (a
      // later migration may add columns, not change these). The log gained the restore's row.
      // A table a later migration took columns from keeps its rows; its checksum covered the
      // dropped columns too, so only the rows can be compared (0019: users' old lockout).
      const current = await queryRows<{ table_name: string; column_name: string }>(
        handle.db,
        sql`SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = 'public'`,
      );
      const has = new Set(current.map((c) => `${c.table_name}.${c.column_name}`));
      const narrowed = manifest.tables
        .filter((table) => table.columns.some((column) => !has.has(`${table.name}.${column}`)))
        .map((table) => table.name);
      expect(narrowed).toEqual(['users']);
      await handle.db.transaction(async (tx) => {
        await useStableOutputSettings(tx);
        for (const table of manifest.tables) {
          if (table.name === 'audit_log') continue;
          const kept = table.columns.filter((column) => has.has(`${table.name}.${column}`));
          const digest = await digestOf(
            copyTableOut(tx, handle.engine, { ...table, columns: kept }),
          );
          if (narrowed.includes(table.name)) expect(digest.rows, table.name).toBe(table.rows);
          else expect(digest, table.name).toEqual({ rows: table.rows, sha256: table.sha256 });
        }
      });
      // 0011 ran over the restored teams: managers edit, everyone else reads.
      const team = await queryRows<{ role: string; level: string; n: number }>(
        handle.db,
        sql`SELECT team_role AS role, access_level AS level, count(*)::int AS n FROM customer_team
             GROUP BY 1, 2 ORDER BY 1`,
      );
      expect(team).toEqual([
        { role: 'manager', level: 'edit', n: 6 },
        { role: 'support', level: 'read', n: 6 },
      ]);
      // The sealed detail opens with the key file's key.
      const [detail] = await queryRows<{ id: number; keyId: string; sealed: string }>(
        handle.db,
        sql`SELECT id::int AS id, key_id AS "keyId", sealed FROM key_person_details`,
      );
      expect(openKeyPerson(ctx, detail!)).toMatchObject({ family: FAMILY, hobbies: '围棋' });
      // The chain: the source's rows and hashes, then the restore's own row, and the checkpoint
      // the restore wrote verifies against it.
      const report = await verifyAuditLog(ctx, checkpoints);
      expect(report).toMatchObject({ intact: true, checkpoint: { status: 'ok' } });
      expect(report.rows).toBe(manifest.auditChain.rows + 1);
      const [tail] = await queryRows<{ action: string; prev: string }>(
        handle.db,
        sql`SELECT action, prev_hash AS prev FROM audit_log ORDER BY id DESC LIMIT 1`,
      );
      expect(tail).toEqual({ action: 'backup.restore', prev: manifest.auditChain.lastHash });
    } finally {
      await handle.close();
    }
  }, 120_000);

  it('refuses a target that a Patron already migrated to its own level, and leaves it as it was', async () => {
    const target = await emptyStore('started');
    const started = await openDb(configOf(target));
    await started.close();
    const run = await restoreInto(target, join(dir, 'checkpoints-2'));
    expect((await run.exited).code, run.output()).toBe(4);
    expect(run.stderr).toContain(
      `The target database is at migration level ${ownMigrations().length}, the backup at ${oldLevel}`,
    );
    const handle = await openDb(configOf(target));
    try {
      const [row] = await queryRows<{ n: number }>(
        handle.db,
        sql`SELECT (SELECT count(*) FROM customers) + (SELECT count(*) FROM audit_log) AS n`,
      );
      expect(Number(row!.n)).toBe(0);
    } finally {
      await handle.close();
    }
  }, 120_000);
});

describe('where a backup’s migration level stands', () => {
  it('is current at our last migration, older at an earlier one, unknown otherwise', () => {
    const ours = ownMigrations();
    const at = (count: number) => ({ count, lastHash: ours[count - 1]!.hash });
    expect(placeOfLevel(at(ours.length))).toBe('current');
    expect(placeOfLevel(at(1))).toBe('older');
    expect(placeOfLevel({ count: ours.length + 1, lastHash: 'a'.repeat(64) })).toBe('unknown');
    expect(placeOfLevel({ count: 3, lastHash: ours[3]!.hash })).toBe('unknown');
    expect(placeOfLevel({ count: 0, lastHash: null })).toBe('unknown');
  });
});
