import { AppError } from '../../domain/app-error.ts';
import { verifyAuditChain } from '../../db/audit-repository.ts';
import type { AppContext } from '../context.ts';
import { keyringOf } from '../key-persons/key-person-cipher.ts';
import type { BackupManifest } from './backup-manifest.ts';
import { checkRestoredValuesDecrypt, type RestoreCheck } from './restore-checks.ts';

/**
 * After a backup of an older level was restored and the newer migrations ran over it
 * (docs/backups.md): what must still hold once the tables have changed shape. The audit chain
 * verifies as in the source, with the restore's own row after it; every encrypted value still
 * opens. (Row counts and checksums were checked at the backup's level, before migrating.)
 */
export async function checkMigratedRestore(
  ctx: AppContext,
  manifest: BackupManifest,
): Promise<RestoreCheck[]> {
  if (ctx.actor.kind !== 'system') throw new AppError('auth.forbidden');
  const keyring = keyringOf(ctx);
  return ctx.db.transaction(async (tx) => {
    const { rows, firstBreak } = await verifyAuditChain(tx);
    const source = manifest.auditChain;
    if ((firstBreak?.id ?? null) !== source.firstBreakId || rows !== source.rows + 1) {
      throw new AppError('conflict.restore_check_failed', {
        params: {
          check: 'audit_chain',
          detail: firstBreak ? `broken at row ${firstBreak.id} after migrating` : `${rows} rows`,
        },
      });
    }
    const chain: RestoreCheck = {
      check: 'audit_chain',
      detail: firstBreak
        ? `broken at row ${firstBreak.id}, as in the source`
        : `${rows} rows intact after migrating`,
    };
    return [chain, await checkRestoredValuesDecrypt(tx, keyring, manifest)];
  });
}
