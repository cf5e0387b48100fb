import { access, mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { AppError } from '../../domain/app-error.ts';
import { lastAuditRow, verifyAuditChain } from '../../db/audit-repository.ts';
import { listBackupTables } from '../../db/backup/backup-catalog.ts';
import { copyTableOut } from '../../db/backup/copy-table-out.ts';
import { migrationLevel } from '../../db/backup/migration-level.ts';
import {
  SNAPSHOT_TRANSACTION,
  useStableOutputSettings,
} from '../../db/backup/stable-output-settings.ts';
import { tableRowCounts } from '../../db/backup/table-row-counts.ts';
import { countKeyPersonRowsByKey } from '../../db/contacts/key-person-repository.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { PATRON_VERSION } from '../version.ts';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MANIFEST_ENTRY,
  tableEntryName,
  type BackupManifest,
  type ManifestTable,
} from './backup-manifest.ts';
import { gzipped } from './compression.ts';
import { digestTap } from './table-digest.ts';
import { TarWriter } from './tar-writer.ts';

export type BackupProgress = (doneRows: number, totalRows: number) => void;
export type BackupResult = { file: string; tables: number; rows: number; bytes: number };

/**
 * Writes a backup of the whole database to `file` (docs/backups.md): every public table as
 * gzip-compressed COPY text plus a manifest of row counts and checksums, all read in one
 * snapshot. The archive is written as `file.part` (mode 0600) and renamed only when complete,
 * so a file with the final name is always whole. Only the local operator or the server's
 * scheduler (system actors) may take one: it holds everything.
 */
export async function createBackup(
  ctx: AppContext,
  file: string,
  onProgress?: BackupProgress,
): Promise<BackupResult> {
  if (ctx.actor.kind !== 'system') throw new AppError('auth.forbidden');
  if (await exists(file)) throw new Error(`${file} exists already; choose another name`);
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const part = `${file}.part`;
  await rm(part, { force: true });
  const createdAt = ctx.clock.now();
  const writer = await TarWriter.create(part, createdAt);
  try {
    const manifest = await ctx.db.transaction(async (tx) => {
      await useStableOutputSettings(tx);
      const tables = await listBackupTables(tx);
      const counts = await tableRowCounts(
        tx,
        tables.map((t) => t.name),
      );
      const totalRows = [...counts.values()].reduce((a, b) => a + b, 0);
      let doneRows = 0;
      const written: ManifestTable[] = [];
      for (const table of tables) {
        const digest = digestTap((rows) => onProgress?.((doneRows += rows), totalRows));
        await writer.addStream(
          tableEntryName(table.name),
          gzipped(digest.tap(copyTableOut(tx, ctx.engine, table))),
        );
        written.push({ ...table, ...digest.result() });
      }
      const chain = await verifyAuditChain(tx);
      const last = await lastAuditRow(tx);
      const result: BackupManifest = {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        patronVersion: PATRON_VERSION,
        createdAt: createdAt.toISOString(),
        engine: ctx.engine,
        migrations: await migrationLevel(tx),
        tables: written,
        auditChain: {
          rows: chain.rows,
          lastId: last?.id ?? null,
          lastHash: last?.hash ?? null,
          firstBreakId: chain.firstBreak?.id ?? null,
        },
        keyIds: (await countKeyPersonRowsByKey(tx)).map((k) => k.keyId).sort(),
      };
      return result;
    }, SNAPSHOT_TRANSACTION);
    await writer.addBuffer(MANIFEST_ENTRY, Buffer.from(JSON.stringify(manifest, null, 2)));
    await writer.finish();
    await rename(part, file);
    const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    await ctx.db.transaction((tx) =>
      recordAudit(tx, ctx, {
        action: 'backup.create',
        entityType: 'backup',
        entityId: basename(file),
        after: { tables: manifest.tables.length, rows },
      }),
    );
    const { size } = await stat(file);
    return { file, tables: manifest.tables.length, rows, bytes: size };
  } catch (error) {
    await writer.abort();
    await rm(part, { force: true });
    throw error;
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
