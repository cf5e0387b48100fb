import type { DbOrTx } from '../../db/db-types.ts';
import { erasedAuditIds, watermark } from '../../db/privacy/erasure-repository.ts';
import type { AppContext } from '../context.ts';
import { erasedMarker } from './trace-hash.ts';

type AuditLike = {
  id: number;
  before: unknown;
  after: unknown;
  ip?: string | null;
  action?: string;
};

/**
 * Every read of the audit log goes through here (the 操作记录 tab, the audit screen, its export).
 * The log is append-only and hash-chained, so an erased person's values cannot be removed from
 * it without breaking `patron audit verify`; instead rows about an erased contact, written before
 * the erasure, have every value replaced by a keyed-hash marker, and sign-in addresses past
 * their retention are dropped. Field names stay: they are not personal.
 */
export async function maskAuditRows<T extends AuditLike>(
  db: DbOrTx,
  ctx: AppContext,
  rows: readonly T[],
): Promise<T[]> {
  if (rows.length === 0) return [];
  const [erased, ipMark] = await Promise.all([
    erasedAuditIds(
      db,
      rows.map((row) => row.id),
    ),
    watermark(db, 'login_ip'),
  ]);
  return rows.map((row) => {
    let next = row;
    if (erased.has(row.id)) {
      next = { ...next, before: maskValues(ctx, row.before), after: maskValues(ctx, row.after) };
    }
    if (row.id <= ipMark && row.action?.startsWith('auth.')) {
      next = { ...next, after: withoutIp(next.after), ...('ip' in row ? { ip: null } : {}) };
    }
    return next;
  });
}

function maskValues(ctx: AppContext, value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (typeof value !== 'object' || Array.isArray(value)) return erasedMarker(ctx, value);
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, v]) => [
      key,
      v === null ? null : erasedMarker(ctx, v),
    ]),
  );
}

function withoutIp(after: unknown): unknown {
  if (after === null || typeof after !== 'object' || !('ip' in after)) return after;
  const { ip: _ip, ...rest } = after as Record<string, unknown>;
  return rest;
}
