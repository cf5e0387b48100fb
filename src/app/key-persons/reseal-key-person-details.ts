import { AppError } from '../../domain/app-error.ts';
import {
  replaceSealIfUnchanged,
  rowsNotSealedWith,
} from '../../db/contacts/key-person-repository.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { open, seal, SealedBoxError } from '../crypto/sealed-box.ts';
import { keyPersonAssociatedData, keyringOf } from './key-person-cipher.ts';

const BATCH = 500;

export type ResealResult = {
  resealed: number;
  /** Rows that could not be opened: their key is not in the keyring, or they were tampered with. */
  failed: { id: number; keyId: string; reason: SealedBoxError['reason'] }[];
};

/**
 * After a key rotation, re-seals every row not sealed with the current key (docs/privacy.md).
 * Only the local operator (CLI) runs it. Plaintext never leaves this function; the version is
 * kept because the content is unchanged. One audit row per batch records counts and key ids.
 */
export async function resealKeyPersonDetails(ctx: AppContext): Promise<ResealResult> {
  if (ctx.actor.kind !== 'system') throw new AppError('auth.forbidden');
  const keyring = keyringOf(ctx);
  const result: ResealResult = { resealed: 0, failed: [] };
  let afterId = 0;
  for (;;) {
    const batch = await rowsNotSealedWith(ctx.db, keyring.current.id, afterId, BATCH);
    if (batch.length === 0) return result;
    afterId = batch[batch.length - 1]!.id;
    await ctx.db.transaction(async (tx) => {
      const fromKeys = new Set<string>();
      let done = 0;
      for (const row of batch) {
        const aad = keyPersonAssociatedData(row.id);
        let plaintext: string;
        try {
          plaintext = open(keyring, row, aad);
        } catch (error) {
          if (!(error instanceof SealedBoxError)) throw error;
          result.failed.push({ id: row.id, keyId: row.keyId, reason: error.reason });
          ctx.log.warn('key-person row not re-sealed', { id: row.id, reason: error.reason });
          continue;
        }
        // Skipped if the row changed meanwhile: a fresh save already sealed it with the current key.
        if (await replaceSealIfUnchanged(tx, row.id, row, seal(keyring, plaintext, aad))) {
          done++;
          fromKeys.add(row.keyId);
        }
      }
      if (done === 0) return;
      result.resealed += done;
      await recordAudit(tx, ctx, {
        action: 'key_person.reseal',
        entityType: 'key_person',
        after: { rows: done, fromKeys: [...fromKeys].sort(), toKey: keyring.current.id },
      });
    });
  }
}
