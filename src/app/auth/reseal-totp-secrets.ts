import { AppError } from '../../domain/app-error.ts';
import {
  replaceTotpSealIfUnchanged,
  totpSecretsNotSealedWith,
} from '../../db/users/totp-repository.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { SealedBoxError } from '../crypto/sealed-box.ts';
import { resealTotpSecretWith } from './totp-secret.ts';

export type TotpResealResult = {
  resealed: number;
  /** Secrets that could not be opened: their users need `patron user totp-reset`. */
  failed: { userId: number; keyId: string; reason: SealedBoxError['reason'] }[];
};

/**
 * After a key rotation, re-seals every TOTP secret not sealed with the current key, like the
 * key-person details (docs/privacy.md): a retired key may leave the key file only when no
 * secret needs it, or its users could not sign in. Only the local operator (CLI) runs it; one
 * audit row records counts and key ids.
 */
export async function resealTotpSecrets(ctx: AppContext): Promise<TotpResealResult> {
  if (ctx.actor.kind !== 'system') throw new AppError('auth.forbidden');
  const keyring = ctx.keyring;
  if (!keyring) throw new Error('no keyring in the context: TOTP secrets cannot be re-sealed');
  const result: TotpResealResult = { resealed: 0, failed: [] };
  const rows = await totpSecretsNotSealedWith(ctx.db, keyring.current.id);
  await ctx.db.transaction(async (tx) => {
    const fromKeys = new Set<string>();
    for (const row of rows) {
      let next;
      try {
        next = resealTotpSecretWith(keyring, row);
      } catch (error) {
        if (!(error instanceof SealedBoxError)) throw error;
        result.failed.push({ userId: row.userId, keyId: row.keyId, reason: error.reason });
        continue;
      }
      if (await replaceTotpSealIfUnchanged(tx, row, next)) {
        result.resealed++;
        fromKeys.add(row.keyId);
      }
    }
    if (result.resealed === 0) return;
    await recordAudit(tx, ctx, {
      action: 'auth.totp_reseal',
      entityType: 'user',
      after: { rows: result.resealed, fromKeys: [...fromKeys].sort(), toKey: keyring.current.id },
    });
  });
  return result;
}
