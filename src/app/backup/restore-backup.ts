import { basename } from 'node:path';
import { AppError } from '../../domain/app-error.ts';
import { listBackupTables } from '../../db/backup/backup-catalog.ts';
import { copyTableIn } from '../../db/backup/copy-table-in.ts';
import { addForeignKeys, dropForeignKeys } from '../../db/backup/foreign-keys.ts';
import { resetSequences } from '../../db/backup/reset-sequences.ts';
import { useStableOutputSettings } from '../../db/backup/stable-output-settings.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { keyringOf } from '../key-persons/key-person-cipher.ts';
import { openBackupFile } from './open-backup-file.ts';
import { readBackupTable } from './read-backup-table.ts';
import { requireEmpty, requireSameSchema } from './restore-preconditions.ts';
import {
  checkRestoredAuditChain,
  checkRestoredTables,
  checkRestoredValuesDecrypt,
  type RestoreCheck,
} from './restore-checks.ts';
import { verifyBackupFile } from './verify-backup-file.ts';

export type RestorePhase = 'verify' | 'load';
export type RestoreProgress = (phase: RestorePhase, doneRows: number, totalRows: number) => void;
export type RestoreResult = {
  createdAt: string;
  tables: number;
  rows: number;
  checks: RestoreCheck[];
};

/**
 * Restores a backup into the configured database, which must be empty and at the backup's
 * migration level (docs/backups.md). The file is checked against its manifest first; then
 * everything happens in one transaction — load, foreign keys, sequences, and the checks
 * (tables read back equal the manifest, the audit chain verifies, encrypted values open with
 * the configured key) — so a restore that fails at any point leaves the target as it was.
 * `target` names the database in messages (a path or a URL without its password). `ctx.db` must
 * be the owner's (`DbHandle.ownerDb`): the app's role may neither move keys nor COPY into tables
 * under row-level security.
 */
export async function restoreBackup(
  ctx: AppContext,
  file: string,
  target: string,
  onProgress?: RestoreProgress,
): Promise<RestoreResult> {
  if (ctx.actor.kind !== 'system') throw new AppError('auth.forbidden');
  const keyring = keyringOf(ctx);
  await verifyBackupFile(file, (done, total) => onProgress?.('verify', done, total));
  const backup = await openBackupFile(file);
  const { manifest } = backup;
  const totalRows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  const checks = await ctx.db.transaction(async (tx) => {
    await useStableOutputSettings(tx);
    const tables = await listBackupTables(tx);
    await requireSameSchema(tx, manifest, tables);
    await requireEmpty(tx, tables, target);
    const foreignKeys = await dropForeignKeys(tx);
    let doneRows = 0;
    for (const table of manifest.tables) {
      const rows = readBackupTable(backup, table, (n) =>
        onProgress?.('load', (doneRows += n), totalRows),
      );
      await copyTableIn(tx, ctx.engine, table, rows);
    }
    await addForeignKeys(tx, foreignKeys);
    await resetSequences(tx);
    const results = [
      await checkRestoredTables(tx, ctx.engine, manifest),
      await checkRestoredAuditChain(tx, manifest),
      await checkRestoredValuesDecrypt(tx, keyring, manifest),
    ];
    await recordAudit(tx, ctx, {
      action: 'backup.restore',
      entityType: 'backup',
      entityId: basename(file),
      after: { createdAt: manifest.createdAt, tables: manifest.tables.length, rows: totalRows },
    });
    return results;
  });
  return { createdAt: manifest.createdAt, tables: manifest.tables.length, rows: totalRows, checks };
}
