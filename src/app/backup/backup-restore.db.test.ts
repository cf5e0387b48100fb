import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/db-types.ts';
import { queryRows } from '../../db/query-rows.ts';
import { openPglite } from '../../db/open-pglite.ts';
import { AppError } from '../../domain/app-error.ts';
import { openTestDb, TEST_ENGINE } from '../../testing/open-test-db.ts';
import { seedOrg } from '../../testing/seed-org.ts';
import { seedCustomer } from '../../testing/build-customer.ts';
import { testContext } from '../../testing/test-context.ts';
import type { AppContext } from '../context.ts';
import { makeKeyring } from '../crypto/keyring.ts';
import { createContact } from '../contacts/create-contact.ts';
import { saveKeyPersonDetails } from '../key-persons/save-key-person-details.ts';
import { loadDemoData } from '../demo/load-demo-data.ts';
import { createBackup } from './create-backup.ts';
import { restoreBackup } from './restore-backup.ts';
import { verifyBackupFile } from './verify-backup-file.ts';
import { readTarIndex } from './tar-reader.ts';
import { tableEntryName } from './backup-manifest.ts';

const key = Buffer.alloc(32, 7);
let dir: string;
let source: DbHandle;
let sourceCtx: AppContext;
let backupFile: string;
/** The source's row counts at the backup (the backup then appends its own audit row). */
let countsAtBackup: Record<string, number>;
const opened: DbHandle[] = [];

const contextFor = (handle: DbHandle, keyring = makeKeyring(key)): AppContext => ({
  ...testContext(handle),
  keyring,
});

/** A restore runs as the owner (the CLI's `patron restore` too): it loads by COPY and moves keys. */
const ownerContextFor = (handle: DbHandle, keyring = makeKeyring(key)): AppContext => ({
  ...contextFor(handle, keyring),
  db: handle.ownerDb,
});

/** A fresh target of this run's engine, closed (and dropped) after the file. */
async function freshTarget(): Promise<DbHandle> {
  const handle = await openTestDb();
  opened.push(handle);
  return handle;
}

/** Every base table of the public schema, asked of information_schema (not the backup's query). */
async function publicTables(handle: DbHandle): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    handle.db,
    sql`SELECT table_name AS name FROM information_schema.tables
         WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  return rows.map((r) => r.name);
}

async function rowCounts(handle: DbHandle): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await publicTables(handle)) {
    const [row] = await queryRows<{ n: number }>(
      handle.db,
      sql.raw(`SELECT count(*)::int AS n FROM "${table}"`),
    );
    counts[table] = row!.n;
  }
  return counts;
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

async function seedSource(handle: DbHandle): Promise<AppContext> {
  await loadDemoData(handle, {
    password: 'Demo-Passw0rd!',
    customers: 40,
    seed: 3,
    asOf: new Date('2026-03-31T10:00:00Z'),
  });
  const ctx = contextFor(handle);
  const [unit] = await queryRows<{ id: number }>(
    handle.db,
    sql`SELECT max(id)::int AS id FROM org_units`,
  );
  const customerId = await seedCustomer(handle, {
    orgUnitId: unit!.id,
    name: '上海测试备份有限公司',
  });
  const contact = await createContact(ctx, customerId, { name: '王芳', isKeyPerson: true });
  await saveKeyPersonDetails(ctx, customerId, contact.id, undefined, {
    hobbies: '书法\t"茶"\n周末',
    purpose: '客户关系维护',
    consentBasis: 'written_consent',
    consentAt: '2026-03-01',
  });
  return ctx;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'patron-backup-'));
  source = await openTestDb();
  sourceCtx = await seedSource(source);
  backupFile = join(dir, 'source.tar');
  countsAtBackup = await rowCounts(source);
  await createBackup(sourceCtx, backupFile);
}, 120_000);

afterAll(async () => {
  for (const handle of opened) await handle.close();
  await source?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('backup (C7.8)', () => {
  it('holds every table of the public schema, with counts equal to the source', async () => {
    const check = await verifyBackupFile(backupFile);
    expect(check.manifest.tables.map((t) => t.name)).toEqual(await publicTables(source));
    for (const table of check.manifest.tables) {
      expect(table.rows, table.name).toBe(countsAtBackup[table.name]);
    }
    expect((await rowCounts(source)).audit_log).toBe(countsAtBackup.audit_log! + 1);
    expect(check.manifest.engine).toBe(TEST_ENGINE);
    expect(check.manifest.keyIds).toEqual([makeKeyring(key).current.id]);
  });

  it('is written with mode 0600 and leaves no .part file', async () => {
    const handle = await open(backupFile, 'r');
    const { mode } = await handle.stat();
    await handle.close();
    expect(mode & 0o777).toBe(0o600);
    await expect(readFile(`${backupFile}.part`)).rejects.toThrow();
  });

  it('refuses to overwrite an existing file', async () => {
    await expect(createBackup(sourceCtx, backupFile)).rejects.toThrow(/exists/);
  });

  it('restores into a fresh database: counts, checksums, audit chain and decryption verified', async () => {
    const target = await freshTarget();
    const result = await restoreBackup(ownerContextFor(target), backupFile, 'fresh target');
    expect(result.checks.map((c) => c.check)).toEqual(['tables', 'audit_chain', 'decrypt']);
    expect(result.checks[2]!.detail).toBe('1 encrypted values open');
    const after = await rowCounts(target);
    // The restore appends exactly one audit row of its own.
    expect(after).toEqual({ ...countsAtBackup, audit_log: countsAtBackup.audit_log! + 1 });
    const [generated] = await queryRows<{ ok: boolean }>(
      target.db,
      sql`SELECT bool_and(name_bigrams IS NOT NULL) AS ok FROM customers`,
    );
    expect(generated!.ok).toBe(true);
    // Sequences moved past the restored ids: a new row gets a fresh id.
    const [{ max }] = (await queryRows<{ max: number }>(
      target.db,
      sql`SELECT max(id)::int AS max FROM customers`,
    )) as [{ max: number }];
    const [unit] = await queryRows<{ id: number }>(
      target.db,
      sql`SELECT min(id)::int AS id FROM org_units`,
    );
    expect(await seedCustomer(target, { orgUnitId: unit!.id })).toBe(max + 1);
  });

  it('names the damaged table of a corrupted file and restores nothing from it', async () => {
    const index = await readTarIndex(backupFile);
    const entry = index.find((e) => e.name === tableEntryName('customers'))!;
    const bytes = await readFile(backupFile);
    bytes[entry.offset + Math.floor(entry.size / 2)]! ^= 0xff;
    const damaged = join(dir, 'damaged.tar');
    await writeFile(damaged, bytes);
    const error = await verifyBackupFile(damaged).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('validation.backup_corrupt');
    expect((error as AppError).params.table).toBe('customers');
    const target = await freshTarget();
    await expect(restoreBackup(ownerContextFor(target), damaged, 'x')).rejects.toMatchObject({
      code: 'validation.backup_corrupt',
      params: { table: 'customers' },
    });
    expect(total(await rowCounts(target))).toBe(0);
  });

  it('refuses a file that is not a backup', async () => {
    const junk = join(dir, 'junk.tar');
    await writeFile(junk, 'not a tar file at all');
    await expect(verifyBackupFile(junk)).rejects.toMatchObject({
      code: 'validation.backup_unreadable',
    });
  });

  it('refuses a database that is not empty, naming it, and writes nothing', async () => {
    const target = await freshTarget();
    await seedOrg(target);
    const before = await rowCounts(target);
    await expect(
      restoreBackup(ownerContextFor(target), backupFile, 'the target db'),
    ).rejects.toMatchObject({
      code: 'conflict.restore_target_not_empty',
      params: { target: 'the target db' },
    });
    expect(await rowCounts(target)).toEqual(before);
  });

  it('rolls everything back when a check fails after the load (wrong key): the target stays empty', async () => {
    const target = await freshTarget();
    const constraints = async () =>
      (
        await queryRows<{ n: number }>(
          target.db,
          sql`SELECT count(*)::int AS n FROM pg_constraint WHERE contype = 'f'`,
        )
      )[0]!.n;
    const foreignKeys = await constraints();
    const wrongKey = makeKeyring(Buffer.alloc(32, 9));
    await expect(
      restoreBackup(ownerContextFor(target, wrongKey), backupFile, 'x'),
    ).rejects.toMatchObject({
      code: 'conflict.restore_key_missing',
    });
    expect(total(await rowCounts(target))).toBe(0);
    expect(await constraints()).toBe(foreignKeys);
    // And the same database then takes the backup with the right key.
    await restoreBackup(ownerContextFor(target), backupFile, 'x');
    expect((await rowCounts(target)).customers).toBe((await rowCounts(source)).customers);
  });

  it('refuses a restore by a signed-in user', async () => {
    const target = await freshTarget();
    const org = await seedOrg(target);
    const ctx = { ...contextFor(target), actor: org.users.admin };
    await expect(restoreBackup(ctx, backupFile, 'x')).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
  });
});

describe.runIf(TEST_ENGINE === 'postgres')('one format for both engines', () => {
  it('a PGlite backup restores into PostgreSQL, and that one back into PGlite', async () => {
    const pglite = await openPglite();
    opened.push(pglite);
    await seedSource(pglite);
    const fromPglite = join(dir, 'from-pglite.tar');
    await createBackup(contextFor(pglite), fromPglite);
    const postgres = await freshTarget();
    await restoreBackup(ownerContextFor(postgres), fromPglite, 'postgres');
    const fromPostgres = join(dir, 'from-postgres.tar');
    await createBackup(contextFor(postgres), fromPostgres);
    const back = await openPglite();
    opened.push(back);
    const result = await restoreBackup(ownerContextFor(back), fromPostgres, 'pglite');
    expect(result.checks.map((c) => c.check)).toEqual(['tables', 'audit_chain', 'decrypt']);
    // Each hop adds its own audit rows (a restore, a backup); every other table is unchanged.
    const { audit_log: _a, ...original } = await rowCounts(pglite);
    const { audit_log: _b, ...roundTripped } = await rowCounts(back);
    expect(roundTripped).toEqual(original);
  }, 120_000);
});
