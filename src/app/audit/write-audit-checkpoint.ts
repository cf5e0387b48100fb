import { AppError } from '../../domain/app-error.ts';
import { countAuditRowsUpTo, lastAuditRow } from '../../db/audit-repository.ts';
import { GENESIS_HASH } from '../../db/audit-chain.ts';
import type { AppContext } from '../context.ts';
import { keyringOf } from '../key-persons/key-person-cipher.ts';
import { appendCheckpoint, latestCheckpoint } from './checkpoint-file.ts';
import { signCheckpoint, type SignedCheckpoint } from './checkpoint-signature.ts';

/**
 * Records the audit chain's current end outside the database, signed (C7.5): whoever later
 * deletes the newest rows, or rewrites the chain up to this row, is caught by `patron audit
 * verify` even though the remaining chain links up. Nothing is written when the chain has not
 * grown since the last checkpoint. Returns the checkpoint now in force.
 */
export async function writeAuditCheckpoint(
  ctx: AppContext,
  dir: string,
): Promise<{ checkpoint: SignedCheckpoint; written: boolean }> {
  if (ctx.actor.kind !== 'system') throw new AppError('auth.forbidden');
  const keyring = keyringOf(ctx);
  const last = await lastAuditRow(ctx.db);
  const facts = {
    at: ctx.clock.now().toISOString(),
    lastId: last?.id ?? 0,
    lastHash: last?.hash ?? GENESIS_HASH,
    rows: last ? await countAuditRowsUpTo(ctx.db, last.id) : 0,
  };
  const previous = await latestCheckpoint(dir);
  if (
    previous &&
    previous !== 'malformed' &&
    previous.lastId === facts.lastId &&
    previous.lastHash === facts.lastHash &&
    previous.keyId === keyring.current.id
  ) {
    return { checkpoint: previous, written: false };
  }
  const checkpoint = signCheckpoint(keyring, facts);
  await appendCheckpoint(dir, checkpoint);
  return { checkpoint, written: true };
}
