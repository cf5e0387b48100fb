import { AppError } from '../../domain/app-error.ts';
import type { Engine, Tx } from '../../db/db-types.ts';
import { verifyAuditChain } from '../../db/audit-repository.ts';
import { copyTableOut } from '../../db/backup/copy-table-out.ts';
import { sealedRowsAfter } from '../../db/backup/sealed-rows.ts';
import { keyPersonAssociatedData } from '../key-persons/key-person-cipher.ts';
import type { Keyring } from '../crypto/keyring.ts';
import { open, SealedBoxError } from '../crypto/sealed-box.ts';
import type { BackupManifest } from './backup-manifest.ts';
import { digestOf } from './table-digest.ts';

export type RestoreCheck = { check: 'tables' | 'audit_chain' | 'decrypt'; detail: string };

function failed(check: string, detail: string): AppError {
  return new AppError('conflict.restore_check_failed', { params: { check, detail } });
}

/** Reads every restored table back from the database: row count and checksum as in the manifest. */
export async function checkRestoredTables(
  tx: Tx,
  engine: Engine,
  manifest: BackupManifest,
): Promise<RestoreCheck> {
  for (const table of manifest.tables) {
    const { rows, sha256 } = await digestOf(copyTableOut(tx, engine, table));
    if (rows !== table.rows)
      throw failed('tables', `${table.name}: ${rows} rows, not ${table.rows}`);
    if (sha256 !== table.sha256) throw failed('tables', `${table.name}: checksum differs`);
  }
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  return { check: 'tables', detail: `${manifest.tables.length} tables, ${rows} rows` };
}

/** The restored audit chain verifies as it did in the source (a source break stays visible). */
export async function checkRestoredAuditChain(
  tx: Tx,
  manifest: BackupManifest,
): Promise<RestoreCheck> {
  const { rows, firstBreak } = await verifyAuditChain(tx);
  const source = manifest.auditChain;
  if ((firstBreak?.id ?? null) !== source.firstBreakId || rows !== source.rows) {
    throw failed('audit_chain', firstBreak ? `broken at row ${firstBreak.id}` : `${rows} rows`);
  }
  if (firstBreak)
    return { check: 'audit_chain', detail: `broken at row ${firstBreak.id}, as in the source` };
  return { check: 'audit_chain', detail: `${rows} rows intact` };
}

const PAGE = 1000;

/**
 * Every encrypted key-person value opens with the configured keyring. The key is not in the
 * backup (docs/backups.md); restoring without it would leave details no one can read.
 */
export async function checkRestoredValuesDecrypt(
  tx: Tx,
  keyring: Keyring,
  manifest: BackupManifest,
): Promise<RestoreCheck> {
  let opened = 0;
  for (let afterId = 0; ;) {
    const page = await sealedRowsAfter(tx, afterId, PAGE);
    if (page.length === 0) break;
    for (const row of page) {
      try {
        open(keyring, row, keyPersonAssociatedData(row.id));
      } catch (error) {
        if (!(error instanceof SealedBoxError)) throw error;
        if (error.reason !== 'unknown_key')
          throw failed('decrypt', `row ${row.id}: ${error.reason}`);
        throw new AppError('conflict.restore_key_missing', {
          params: { keyIds: manifest.keyIds.join(', '), current: keyring.current.id },
        });
      }
      opened++;
    }
    afterId = page[page.length - 1]!.id;
  }
  return {
    check: 'decrypt',
    detail: opened === 0 ? 'no encrypted values in the backup' : `${opened} encrypted values open`,
  };
}
