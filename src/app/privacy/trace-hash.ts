import { createHmac } from 'node:crypto';
import type { AppContext } from '../context.ts';

/**
 * A keyed hash of an erased value (C7.7: the audit keeps a trace, not the value). Keyed with a
 * sub-key of the field-encryption key, so someone holding a database dump cannot confirm a guess
 * ("was it 13812345678?") by hashing candidates; someone holding the key can, which is what an
 * investigation needs. Without a keyring (tests of unrelated code) the trace is omitted.
 */
export function traceHash(ctx: AppContext, value: unknown): string | null {
  if (!ctx.keyring) return null;
  const subKey = createHmac('sha256', ctx.keyring.current.key)
    .update('patron:privacy-trace')
    .digest();
  return createHmac('sha256', subKey).update(String(value)).digest('hex').slice(0, 16);
}

/** What an erased value reads as, wherever the audit log is shown or exported. */
export function erasedMarker(ctx: AppContext, value: unknown): string {
  const hash = traceHash(ctx, value);
  return hash ? `[erased #${hash}]` : '[erased]';
}
