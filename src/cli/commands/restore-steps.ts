import { join, resolve } from 'node:path';
import { latestCheckpoint } from '../../app/audit/checkpoint-file.ts';
import { writeAuditCheckpoint } from '../../app/audit/write-audit-checkpoint.ts';
import type { RestorePhase, RestoreProgress } from '../../app/backup/restore-backup.ts';
import type { RestoreCheck } from '../../app/backup/restore-checks.ts';
import type { Config } from '../../app/config/load-config.ts';
import { progressBar } from '../progress-bar.ts';

/** The database a restore writes to, for messages: never a password. */
export function targetName(config: Config): string {
  if (!config.databaseUrl) return resolve(join(config.dataDir, 'pglite'));
  const url = new URL(config.databaseUrl);
  url.password = '';
  return url.toString();
}

/** One progress bar per phase of a restore (verify, load). */
export function restoreProgressBars(): { onProgress: RestoreProgress; done(): void } {
  const bars = new Map<RestorePhase, ReturnType<typeof progressBar>>();
  return {
    onProgress(phase, done, total) {
      if (!bars.has(phase)) {
        for (const bar of bars.values()) bar.done();
        bars.set(phase, progressBar(phase === 'verify' ? '校验 verify' : '恢复 restore'));
      }
      bars.get(phase)!.update(done, total, done);
    },
    done() {
      for (const bar of bars.values()) bar.done();
    },
  };
}

export function printChecks(checks: readonly RestoreCheck[]): void {
  for (const { check, detail } of checks) console.log(`  ✓ ${check}: ${detail}`);
}

/**
 * The restored log ends where the backup did; the checkpoint file may still vouch for rows
 * written after it. Say so, then checkpoint the restored end so `audit verify` checks from here.
 */
export async function checkpointAfterRestore(
  ctx: Parameters<typeof writeAuditCheckpoint>[0],
  config: Config,
): Promise<void> {
  const before = await latestCheckpoint(config.auditCheckpointDir);
  const { checkpoint } = await writeAuditCheckpoint(ctx, config.auditCheckpointDir);
  if (before && before !== 'malformed' && before.lastId >= checkpoint.lastId) {
    console.log(
      `注意 note: the previous audit checkpoint (${before.at}) covered rows up to ${before.lastId}; ` +
        `rows written after the backup are not in it`,
    );
  }
  console.log(`审计检查点 audit checkpoint written at row ${checkpoint.lastId}`);
}
