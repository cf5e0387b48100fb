import {
  auditRowHash,
  countAuditRowsUpTo,
  firstMissingAuditIdBefore,
  lastAuditRow,
  verifyAuditChain,
} from '../../db/audit-repository.ts';
import type { AppContext } from '../context.ts';
import { keyringOf } from '../key-persons/key-person-cipher.ts';
import { latestCheckpoint } from './checkpoint-file.ts';
import { checkSignature } from './checkpoint-signature.ts';

/**
 * Why a row is bad. From the chain: `hash` (the row was changed), `prev_hash` (its link was),
 * `missing` (deleted from the middle). From the checkpoint: `truncated` (rows after the last
 * remaining one, up to the checkpoint, are gone), `rewritten` (the checkpointed row's hash is
 * not the one signed: the chain was recomputed after an edit).
 */
export type BadRowReason = 'hash' | 'prev_hash' | 'missing' | 'truncated' | 'rewritten';

export type CheckpointStatus =
  | { status: 'none' }
  | { status: 'ok' | 'failed'; at: string; lastId: number }
  | { status: 'malformed' | 'bad_signature' | 'unknown_key' };

export type AuditLogReport = {
  rows: number;
  /** The first bad row of the chain walk or the checkpoint check, whichever comes first. */
  firstBad: { id: number; reason: BadRowReason } | null;
  checkpoint: CheckpointStatus;
  intact: boolean;
};

type Bad = AuditLogReport['firstBad'];

async function chainFinding(ctx: AppContext): Promise<{ rows: number; bad: Bad }> {
  const { rows, firstBreak } = await verifyAuditChain(ctx.db);
  if (!firstBreak) return { rows, bad: null };
  if (firstBreak.reason !== 'gap')
    return { rows, bad: { id: firstBreak.id, reason: firstBreak.reason } };
  // The walk meets the row after the hole; the first bad row is the first one missing.
  return {
    rows,
    bad: { id: await firstMissingAuditIdBefore(ctx.db, firstBreak.id), reason: 'missing' },
  };
}

/**
 * `patron audit verify` (C7.5): walks the hash chain for the first bad row, then checks the
 * database against the newest signed checkpoint in `checkpointDir`, which catches what the
 * chain alone cannot — a cut tail, or a chain recomputed after an edit.
 */
export async function verifyAuditLog(
  ctx: AppContext,
  checkpointDir: string,
): Promise<AuditLogReport> {
  const { rows, bad } = await chainFinding(ctx);
  const latest = await latestCheckpoint(checkpointDir);
  const report = (checkpoint: CheckpointStatus, checkpointBad: Bad = null): AuditLogReport => {
    const firstBad =
      [bad, checkpointBad]
        .filter((b): b is NonNullable<Bad> => b !== null)
        .sort((a, b) => a.id - b.id)[0] ?? null;
    const trusted = checkpoint.status === 'none' || checkpoint.status === 'ok';
    return { rows, firstBad, checkpoint, intact: firstBad === null && trusted };
  };
  if (latest === null) return report({ status: 'none' });
  if (latest === 'malformed') return report({ status: 'malformed' });
  const signature = checkSignature(keyringOf(ctx), latest);
  if (signature !== 'ok') return report({ status: signature });
  const seen = { at: latest.at, lastId: latest.lastId };
  if (latest.lastId === 0) return report({ status: 'ok', ...seen });
  const hash = await auditRowHash(ctx.db, latest.lastId);
  if (hash === null) {
    const last = await lastAuditRow(ctx.db);
    const cut = (last?.id ?? 0) < latest.lastId;
    const finding: Bad = cut
      ? { id: (last?.id ?? 0) + 1, reason: 'truncated' }
      : { id: latest.lastId, reason: 'missing' };
    return report({ status: 'failed', ...seen }, finding);
  }
  if (hash !== latest.lastHash) {
    return report({ status: 'failed', ...seen }, { id: latest.lastId, reason: 'rewritten' });
  }
  if ((await countAuditRowsUpTo(ctx.db, latest.lastId)) !== latest.rows) {
    // Rows removed before the checkpoint and the chain recomputed: the walk could not see it.
    return report({ status: 'failed', ...seen }, { id: latest.lastId, reason: 'rewritten' });
  }
  return report({ status: 'ok', ...seen });
}
